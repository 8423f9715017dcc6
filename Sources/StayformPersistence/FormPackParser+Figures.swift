import StayformCore

extension FormPackParser {
    func parseFigure(_ node: YAMLNode) -> Figure? {
        guard var figure = reader.object(node, Phrase { words in words["pack.what.a-figure"] },
            required: ["id", "kind", "label", "values", "provenance"], optional: ["note"])
        else { return nil }
        let id = reader.identifier("id", in: figure)
        if let id {
            figure.what = Phrase { words in words("pack.what.figure", ["id": id]) }
            define(.figure, id, at: figure["id"] ?? node)
        }
        let kind = reader.choice("kind", in: figure, as: FigureKind.self,
            named: Phrase { words in words["pack.set.figure-kind"] })
        let label = reader.text("label", in: figure)
        let note = reader.text("note", in: figure) ?? LocalizedText([:])
        let valueNodes = reader.list("values", in: figure) ?? []
        let values = valueNodes.compactMap { parseFigureValue($0, of: figure.what) }
        if valueNodes.isEmpty, let valuesNode = figure["values"] {
            let what = figure.what
            reader.report(valuesNode, Phrase { words in words("pack.figure.no-values", ["what": words[what]]) })
        }
        let provenance = figure["provenance"].flatMap {
            parseProvenance($0, of: figure.what)
        }
        if let provenance {
            checkConfidence(provenance.confidence, values: values, of: figure)
        }
        guard let id, let kind, let label, let provenance, values.count == valueNodes.count
        else { return nil }
        return Figure(
            id: id, kind: kind, label: label, values: values, provenance: provenance, note: note)
    }

    private func parseFigureValue(_ node: YAMLNode, of figure: Phrase) -> FigureValue? {
        let what = Phrase { words in words("pack.what.a-value-of", ["what": words[figure]]) }
        guard let object = reader.object(node, what, required: [],
            optional: ["amount", "unit", "items", "source"])
        else { return nil }
        let amount = reader.int("amount", in: object)
        let unit = object["unit"] == nil
            ? nil : reader.choice("unit", in: object, as: FigureUnit.self, named: Phrase { words in words["pack.set.unit"] })
        let items = reader.names("items", in: object)?.map(\.0) ?? []
        let source = reader.string("source", in: object)
        let hasAmount = object["amount"] != nil
        let hasItems = object["items"] != nil
        guard hasAmount != hasItems else {
            reader.report(node, Phrase { words in words("pack.figure.amount-or-items", ["what": words[what]]) })
            return nil
        }
        if hasAmount, object["unit"] == nil {
            let units = NodeReader.list(FigureUnit.allCases.map(\.rawValue))
            reader.report(node, Phrase { words in words("pack.figure.no-unit", ["what": words[what], "units": units]) })
            return nil
        }
        if hasItems, items.isEmpty {
            reader.report(object["items"], Phrase { words in words("pack.figure.no-items", ["what": words[figure]]) })
            return nil
        }
        guard !hasAmount || (amount != nil && unit != nil) else { return nil }
        return FigureValue(amount: amount, unit: unit, items: items, source: source)
    }

    /// A figure with several values must say its sources conflict, and give each value's source.
    private func checkConfidence(_ confidence: Confidence, values: [FigureValue], of figure: PackObject) {
        let node = figure["values"]
        let what = figure.what
        if confidence == .conflicting {
            if values.count < 2 {
                reader.report(node, Phrase { words in words("pack.figure.conflicting-one", ["what": words[what]]) })
            } else if values.contains(where: { $0.source == nil }) {
                reader.report(node, Phrase { words in words("pack.figure.conflicting-sources", ["what": words[what]]) })
            }
        } else if values.count > 1 {
            let count = values.count
            reader.report(node, Phrase { words in
                words("pack.figure.several-values", [
                    "what": words[what], "count": String(count), "confidence": confidence.rawValue,
                ])
            })
        }
    }

    /// `{ source, effective: DATE|unknown, checked: DATE, confidence }`.
    func parseProvenance(_ node: YAMLNode, of what: Phrase) -> Provenance? {
        guard let object = reader.object(node, Phrase { words in words("pack.what.provenance-of", ["what": words[what]]) },
            required: ["source", "effective", "checked", "confidence"])
        else { return nil }
        let source = reader.string("source", in: object)
        var effective: CalendarDate?
        var effectiveIsValid = true
        if let effectiveNode = object["effective"], effectiveNode.scalar?.string != "unknown" {
            effective = reader.date(effectiveNode, Phrase { words in words("pack.what.effective-of", ["what": words[what]]) })
            effectiveIsValid = effective != nil
        }
        let checked = reader.date("checked", in: object)
        let confidence = reader.choice("confidence", in: object, as: Confidence.self,
            named: Phrase { words in words["pack.set.confidence"] })
        guard let source, let checked, let confidence, effectiveIsValid else { return nil }
        return Provenance(
            source: source, effectiveDate: effective, lastChecked: checked, confidence: confidence)
    }

    func parseHolidayYear(_ node: YAMLNode) -> HolidayYear? {
        guard var object = reader.object(node, Phrase { words in words["pack.what.a-holiday-year"] },
            required: ["year", "provenance", "days"])
        else { return nil }
        let year = reader.int("year", in: object)
        if let year {
            object.what = Phrase { words in words("pack.what.holidays", ["year": String(year)]) }
            define(.holiday, String(year), at: object["year"] ?? node)
        }
        let provenance = object["provenance"].flatMap {
            parseProvenance($0, of: object.what)
        }
        var days: [Holiday] = []
        var seen: Set<CalendarDate> = []
        let what = object.what
        for dayNode in reader.list("days", in: object) ?? [] {
            guard let day = reader.object(dayNode, Phrase { words in words("pack.what.a-day-of", ["what": words[what]]) },
                required: ["date", "name", "kind"]),
                let date = reader.date("date", in: day),
                let name = reader.text("name", in: day),
                let kind = reader.choice("kind", in: day, as: HolidayKind.self,
                    named: Phrase { words in words["pack.set.holiday-kind"] })
            else { continue }
            if let year, date.year != year {
                reader.report(day["date"], Phrase { words in
                    words("pack.holiday.other-year", ["date": date.iso8601, "year": String(year)])
                })
                continue
            }
            if !seen.insert(date).inserted {
                reader.report(day["date"], Phrase { words in
                    words("pack.holiday.twice", ["date": date.iso8601, "what": words[what]])
                })
                continue
            }
            days.append(Holiday(date: date, name: name, kind: kind))
        }
        guard let year, let provenance else { return nil }
        return HolidayYear(year: year, provenance: provenance, days: days)
    }
}
