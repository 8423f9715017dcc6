import StayformCore

extension FormPackParser {
    func parseSection(_ node: YAMLNode) -> FormSection? {
        guard var section = reader.object(node, Phrase { words in words["pack.what.a-section"] },
            required: ["id", "code", "title", "fields"], optional: ["help", "shown-when"])
        else { return nil }
        let id = reader.identifier("id", in: section)
        if let id {
            section.what = Phrase { words in words("pack.what.section", ["id": id]) }
            define(.section, id, at: section["id"] ?? node)
        }
        let code = reader.string("code", in: section)
        let title = reader.text("title", in: section)
        let help = reader.text("help", in: section) ?? LocalizedText([:])
        let shownWhen = condition("shown-when", in: section)
        let fieldNodes = reader.list("fields", in: section) ?? []
        if fieldNodes.isEmpty, section["fields"] != nil {
            let what = section.what
            reader.report(section["fields"], Phrase { words in words("pack.section.no-fields", ["what": words[what]]) })
        }
        let fields = fieldNodes.compactMap { parseField($0, sectionCode: code) }
        guard let id, let code, let title else { return nil }
        return FormSection(
            id: id, code: code, title: title, fields: fields, help: help, shownWhen: shownWhen)
    }

    private func parseField(_ node: YAMLNode, sectionCode: String?) -> FormField? {
        guard var field = reader.object(node, Phrase { words in words["pack.what.a-field"] },
            required: ["id", "code", "label", "type", "help"],
            optional: ["max-length", "required", "required-when", "shown-when", "options",
                "fact", "document", "by-filer", "mask"] + Self.constraintKeys)
        else { return nil }
        let id = reader.identifier("id", in: field)
        if let id {
            field.what = Phrase { words in words("pack.what.field", ["id": id]) }
            define(.field, id, at: field["id"] ?? node)
        }
        let code = reader.string("code", in: field)
        if let code, let codeNode = field["code"] {
            define(.fieldCode, code, at: codeNode)
            if let sectionCode, !code.hasPrefix(sectionCode + ".") {
                reader.report(codeNode, Phrase { words in
                    words("pack.field.code-prefix", ["code": code, "section": sectionCode])
                })
            }
        }
        let label = reader.text("label", in: field)
        let type = reader.choice("type", in: field, as: FieldType.self, named: Phrase { words in words["pack.set.field-type"] })
        let help = reader.text("help", in: field)
        let maxLength = reader.int("max-length", in: field)
        if let maxLength, maxLength < 1 {
            reader.report(field["max-length"], Phrase { words in words("pack.constraint.at-least-one", ["key": "max-length"]) })
        }
        let options = parseOptions(field)
        if let type {
            checkOptions(options, of: field, type: type)
        }
        let fact = reader.identifier("fact", in: field)
        if let fact, let factNode = field["fact"] {
            refer(.fact, fact, at: factNode, from: field.what)
        }
        let document = reader.identifier("document", in: field)
        if let document, let documentNode = field["document"] {
            refer(.document, document, at: documentNode, from: field.what)
            if type != .attachment {
                reader.report(documentNode, Phrase { words in words["pack.field.document-not-attachment"] })
            }
        } else if type == .attachment {
            let what = field.what
            reader.report(node, Phrase { words in words("pack.field.attachment-no-document", ["what": words[what]]) })
        }
        let constraints = parseConstraints(field, type: type)
        let isMasked = reader.bool("mask", in: field) ?? false
        if isMasked, let type, !Self.maskableTypes.contains(type) {
            let (what, typeName) = (field.what, type.rawValue)
            reader.report(field["mask"], Phrase { words in
                words("pack.field.mask-not-typed", ["what": words[what], "type": typeName])
            })
        }
        guard let id, let code, let label, let type, let help else { return nil }
        return FormField(
            id: id, code: code, label: label, type: type, help: help, maxLength: maxLength,
            isRequired: reader.bool("required", in: field) ?? false,
            requiredWhen: condition("required-when", in: field),
            shownWhen: condition("shown-when", in: field),
            options: options, fact: fact, document: document,
            wordingByFiler: wordingByFiler(in: field), constraints: constraints, isMasked: isMasked)
    }

    /// The types whose answers are typed in, and so can be an identifying number `mask` hides.
    private static let maskableTypes: Set<FieldType> = [
        .text, .personName, .date, .passportNumber, .mrz, .email, .phone, .nik, .nib, .npwp,
        .postalCode, .duration, .money,
    ]

    private func parseOptions(_ field: PackObject) -> [ChoiceOption] {
        var options: [ChoiceOption] = []
        var seen: Set<String> = []
        for node in reader.list("options", in: field) ?? [] {
            let what = field.what
            guard let object = reader.object(node, Phrase { words in words("pack.what.option-of", ["what": words[what]]) },
                required: ["value", "label"], optional: ["replaces"]),
                let value = reader.identifier("value", in: object),
                let label = reader.text("label", in: object)
            else { continue }
            if !seen.insert(value).inserted {
                reader.report(object["value"], Phrase { words in
                    words("pack.field.duplicate-option", ["value": value, "what": words[what]])
                })
            }
            options.append(ChoiceOption(value: value, label: label, formerValues: formerValues(in: object)))
        }
        checkFormerValues(of: options, in: field.what, at: field["options"])
        return options
    }

    private func checkOptions(_ options: [ChoiceOption], of field: PackObject, type: FieldType) {
        let isChoice = type == .singleChoice || type == .multipleChoice
        if !isChoice, let node = field["options"] {
            reader.report(node, Phrase { words in words["pack.field.options-not-choice"] })
        }
    }

    /// Gives the category field one option per category; reports a category field that is not
    /// a single choice, or a choice field left without options.
    func fillCategoryOptions(
        _ sections: [FormSection], fieldID: String?, categories: [PermitCategory], node: YAMLNode?
    ) -> [FormSection] {
        var sections = sections
        for sectionIndex in sections.indices {
            for fieldIndex in sections[sectionIndex].fields.indices {
                var field = sections[sectionIndex].fields[fieldIndex]
                let isChoice = field.type == .singleChoice || field.type == .multipleChoice
                if field.id == fieldID {
                    if field.type != .singleChoice {
                        let id = field.id
                        reader.report(node, Phrase { words in words("pack.category-field.not-single", ["id": id]) })
                    }
                    if !field.options.isEmpty {
                        let id = field.id
                        reader.report(node, Phrase { words in words("pack.category-field.options", ["id": id]) })
                    }
                    field.options = categories.map {
                        ChoiceOption(value: $0.id, label: $0.label, formerValues: $0.formerIDs)
                    }
                    checkFormerValues(of: field.options, in: Phrase { words in words["pack.what.the-categories"] }, at: node)
                    sections[sectionIndex].fields[fieldIndex] = field
                } else if isChoice, field.options.isEmpty {
                    let id = field.id
                    reader.report(definitionNode(.field, field.id), Phrase { words in
                        words("pack.field.choice-without-options", ["id": id])
                    })
                }
            }
        }
        return sections
    }
}
