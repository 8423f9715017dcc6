import StayformCore
import Yams

extension FormPackParser {
    func parseFigure(_ node: Node) -> Figure? {
        guard var figure = reader.object(node, "a figure",
            required: ["id", "kind", "label", "values", "provenance"], optional: ["note"])
        else { return nil }
        let id = reader.identifier("id", in: figure)
        if let id {
            figure.what = "figure `\(id)`"
            define(.figure, id, at: figure["id"] ?? node)
        }
        let kind = reader.choice("kind", in: figure, as: FigureKind.self, named: "figure kind")
        let label = reader.text("label", in: figure)
        let note = reader.text("note", in: figure) ?? LocalizedText([:])
        let valueNodes = reader.list("values", in: figure) ?? []
        let values = valueNodes.compactMap { parseFigureValue($0, of: figure.what) }
        if valueNodes.isEmpty, let valuesNode = figure["values"] {
            reader.report(valuesNode, "\(figure.what) has no values; give at least one")
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

    private func parseFigureValue(_ node: Node, of what: String) -> FigureValue? {
        guard let object = reader.object(node, "a value of \(what)", required: [],
            optional: ["amount", "unit", "items", "source"])
        else { return nil }
        let amount = reader.int("amount", in: object)
        let unit = object["unit"] == nil
            ? nil : reader.choice("unit", in: object, as: FigureUnit.self, named: "unit")
        let items = reader.names("items", in: object)?.map(\.0) ?? []
        let source = reader.string("source", in: object)
        let hasAmount = object["amount"] != nil
        let hasItems = object["items"] != nil
        guard hasAmount != hasItems else {
            reader.report(node, "a value of \(what) needs either `amount` (with `unit`) or "
                + "`items`, not both or neither")
            return nil
        }
        if hasAmount, object["unit"] == nil {
            reader.report(node, "a value of \(what) has an `amount` but no `unit`; use one of "
                + NodeReader.list(FigureUnit.allCases.map(\.rawValue)))
            return nil
        }
        if hasItems, items.isEmpty {
            reader.report(object["items"], "`items` of \(what) must not be empty")
            return nil
        }
        guard !hasAmount || (amount != nil && unit != nil) else { return nil }
        return FigureValue(amount: amount, unit: unit, items: items, source: source)
    }

    /// A figure with several values must say its sources conflict, and give each value's source.
    private func checkConfidence(_ confidence: Confidence, values: [FigureValue], of figure: PackObject) {
        let node = figure["values"]
        if confidence == .conflicting {
            if values.count < 2 {
                reader.report(node, "\(figure.what) is `conflicting`: list every value, "
                    + "each with its `source`")
            } else if values.contains(where: { $0.source == nil }) {
                reader.report(node, "\(figure.what) is `conflicting`: give each value its `source`")
            }
        } else if values.count > 1 {
            reader.report(node, "\(figure.what) lists \(values.count) values but its confidence "
                + "is `\(confidence.rawValue)`; several values mean sources conflict: "
                + "set `confidence: conflicting` or keep one value")
        }
    }

    /// `{ source, effective: DATE|unknown, checked: DATE, confidence }`.
    func parseProvenance(_ node: Node, of what: String) -> Provenance? {
        guard let object = reader.object(node, "the provenance of \(what)",
            required: ["source", "effective", "checked", "confidence"])
        else { return nil }
        let source = reader.string("source", in: object)
        var effective: CalendarDate?
        var effectiveIsValid = true
        if let effectiveNode = object["effective"], effectiveNode.scalar?.string != "unknown" {
            effective = reader.date(effectiveNode, "`effective` of \(what) (or `unknown`)")
            effectiveIsValid = effective != nil
        }
        let checked = reader.date("checked", in: object)
        let confidence = reader.choice("confidence", in: object, as: Confidence.self,
            named: "confidence")
        guard let source, let checked, let confidence, effectiveIsValid else { return nil }
        return Provenance(
            source: source, effectiveDate: effective, lastChecked: checked, confidence: confidence)
    }

    func parseHolidayYear(_ node: Node) -> HolidayYear? {
        guard var object = reader.object(node, "a holiday year",
            required: ["year", "provenance", "days"])
        else { return nil }
        let year = reader.int("year", in: object)
        if let year {
            object.what = "holidays of \(year)"
            define(.holiday, String(year), at: object["year"] ?? node)
        }
        let provenance = object["provenance"].flatMap {
            parseProvenance($0, of: object.what)
        }
        var days: [Holiday] = []
        var seen: Set<CalendarDate> = []
        for dayNode in reader.list("days", in: object) ?? [] {
            guard let day = reader.object(dayNode, "a day of \(object.what)",
                required: ["date", "name", "kind"]),
                let date = reader.date("date", in: day),
                let name = reader.text("name", in: day),
                let kind = reader.choice("kind", in: day, as: HolidayKind.self,
                    named: "holiday kind")
            else { continue }
            if let year, date.year != year {
                reader.report(day["date"], "\(date.iso8601) is not in \(year)")
                continue
            }
            if !seen.insert(date).inserted {
                reader.report(day["date"], "\(date.iso8601) is listed twice in \(object.what)")
                continue
            }
            days.append(Holiday(date: date, name: name, kind: kind))
        }
        guard let year, let provenance else { return nil }
        return HolidayYear(year: year, provenance: provenance, days: days)
    }
}
