import StayformCore

extension FormPackParser {
    /// The keys a field may carry to constrain its answer (`docs/form-pack.md`).
    static let constraintKeys = ["pattern", "format", "min-length", "min", "max", "earliest", "latest"]

    /// The constraints of `field`, each checked: the pattern compiles, numbers and lengths
    /// make sense for the field's type, date bounds are `today` or a date.
    func parseConstraints(_ field: PackObject, type: FieldType?) -> FieldConstraints {
        var constraints = FieldConstraints()
        let what = field.what
        if let pattern = reader.string("pattern", in: field) {
            if (try? Regex(pattern)) == nil {
                reader.report(field["pattern"], Phrase { words in words("pack.constraint.bad-pattern", ["what": words[what]]) })
            } else {
                constraints.pattern = pattern
            }
            if field["format"] == nil {
                reader.report(field["pattern"], Phrase { words in
                    words("pack.constraint.pattern-without-format", ["what": words[what]])
                })
            }
        }
        constraints.format = reader.text("format", in: field)
        constraints.minLength = reader.int("min-length", in: field)
        if let minLength = constraints.minLength, minLength < 1 {
            reader.report(field["min-length"], Phrase { words in words("pack.constraint.at-least-one", ["key": "min-length"]) })
        }
        for key in ["min", "max"] where field[key] != nil && type != .duration && type != .money {
            reader.report(field[key], Phrase { words in words("pack.constraint.only-numbers", ["key": key]) })
        }
        constraints.minimum = reader.int("min", in: field)
        constraints.maximum = reader.int("max", in: field)
        if let minimum = constraints.minimum, let maximum = constraints.maximum, minimum > maximum {
            reader.report(field["max"], Phrase { words in words("pack.constraint.max-below-min", ["what": words[what]]) })
        }
        constraints.earliest = dateBound("earliest", in: field, type: type)
        constraints.latest = dateBound("latest", in: field, type: type)
        return constraints
    }

    private func dateBound(_ key: String, in field: PackObject, type: FieldType?) -> DateBound? {
        guard let node = field[key] else { return nil }
        guard type == .date else {
            reader.report(node, Phrase { words in words("pack.constraint.only-dates", ["key": key]) })
            return nil
        }
        guard let text = reader.string(key, in: field) else { return nil }
        guard let bound = DateBound(text) else {
            reader.report(node, Phrase { words in words("pack.constraint.bad-date-bound", ["key": key]) })
            return nil
        }
        return bound
    }
}
