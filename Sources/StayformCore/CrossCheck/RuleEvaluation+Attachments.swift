extension RuleEvaluation {
    /// The files attached to `documentID`, each with what persistence read from it (`nil`
    /// when it was not read at all), numbered from 1.
    private func files(of documentID: String) -> [(number: Int, attachment: Attachment, facts: AttachmentFacts?)] {
        (draft.attachments[documentID] ?? []).enumerated().map { offset, attachment in
            (offset + 1, attachment, attachments[attachment.path])
        }
    }

    private func places(ofFilesFor documentID: String) -> [FindingPlace] {
        (lookup.attachmentFieldsByDocument[documentID] ?? []).map { place(field: $0.id) } + [place(document: documentID)]
    }

    /// Each attached file exists and could be read.
    mutating func checkAttachmentsExist(document documentID: String) {
        for file in files(of: documentID) where !(file.facts?.isReadable ?? false) {
            let problem = file.facts?.problem ?? words["finding.attachment.not-read"]
            report(
                "\(documentID).\(file.number)", severity: severity(), places: places(ofFilesFor: documentID),
                found: file.attachment.path,
                detail: file.facts?.isBeingRead == true
                    ? words("finding.attachment.being-read", ["file": file.attachment.path])
                    : words("finding.attachment.unreadable", ["file": file.attachment.path, "problem": problem]))
        }
    }

    /// Each attached file is within the pack's size limit.
    mutating func checkAttachmentSizes(document documentID: String) {
        guard let limitFigure = figure(parameter: "max-size"), let limit = limitFigure.amount else { return }
        for file in files(of: documentID) {
            guard let facts = file.facts, facts.isReadable, facts.size > limit else { continue }
            report(
                "\(documentID).\(file.number)", severity: severity(decidedBy: [limitFigure]),
                places: places(ofFilesFor: documentID),
                expected: FigureValue(amount: limit, unit: .bytes).displayString,
                found: FigureValue(amount: facts.size, unit: .bytes).displayString,
                detail: words("finding.attachment.too-large", [
                    "file": file.attachment.path, "size": ByteCount(facts.size).written(in: words),
                    "limit": ByteCount(limit).written(in: words),
                ]),
                figures: [limitFigure])
        }
    }

    /// Each attached file's type, read from its content, is one the pack accepts. A program is
    /// never accepted, whatever the confidence of the list.
    mutating func checkAttachmentTypes(document documentID: String) {
        guard let typesFigure = figure(parameter: "types") else { return }
        let accepted = Set(typesFigure.values.flatMap(\.items).map { $0.lowercased() })
        for file in files(of: documentID) {
            guard let facts = file.facts, facts.isReadable, let kind = facts.kind,
                !accepted.contains(kind.typeName)
            else { continue }
            let isProgram = if case .executable = kind { true } else { false }
            report(
                "\(documentID).\(file.number)",
                severity: isProgram ? severity() : severity(decidedBy: [typesFigure]),
                places: places(ofFilesFor: documentID),
                expected: accepted.sorted().joined(separator: ", "), found: kind.typeName,
                detail: words("finding.attachment.wrong-type", [
                    "file": file.attachment.path, "kind": kind.displayName(in: words),
                ]),
                figures: [typesFigure])
        }
    }

    /// A file changed since it was attached: its SHA-256 differs from the one recorded.
    mutating func checkAttachmentDigests(document documentID: String) {
        for file in files(of: documentID) {
            guard let digest = file.facts?.sha256, !file.attachment.sha256.isEmpty,
                digest != file.attachment.sha256.lowercased()
            else { continue }
            report(
                "\(documentID).\(file.number)", severity: severity(), places: places(ofFilesFor: documentID),
                expected: file.attachment.sha256, found: digest,
                detail: words("finding.attachment.changed", ["file": file.attachment.path]))
        }
    }

    /// The photo's pixel size is at least the pack's minimum.
    mutating func checkPhotoPixels() {
        guard let photoField = field(parameter: "field"), let documentID = photoField.document,
            let widthFigure = figure(parameter: "min-width"), let minWidth = widthFigure.amount,
            let heightFigure = figure(parameter: "min-height"), let minHeight = heightFigure.amount
        else { return }
        let figures = [widthFigure, heightFigure]
        for file in files(of: documentID) {
            guard let facts = file.facts, facts.isReadable, facts.kind?.isImage ?? false else { continue }
            let expected = "at least \(minWidth)×\(minHeight)"
            guard let size = facts.pixelSize else {
                // Only a damaged PNG or JPEG is reported here; other formats get the type finding.
                guard facts.kind == .png || facts.kind == .jpeg else { continue }
                report(
                    "\(documentID).\(file.number)", severity: severity(decidedBy: figures),
                    places: places(ofFilesFor: documentID), expected: expected,
                    detail: words("finding.photo.unreadable-size", ["file": file.attachment.path]), figures: figures)
                continue
            }
            guard size.width < minWidth || size.height < minHeight else { continue }
            report(
                "\(documentID).\(file.number)", severity: severity(decidedBy: figures),
                places: places(ofFilesFor: documentID), expected: expected, found: size.description,
                detail: words("finding.photo.too-small", [
                    "file": file.attachment.path, "width": String(size.width), "height": String(size.height),
                ]),
                figures: figures)
        }
    }
}
