import StayformCore

extension FormPackParser {
    func parseRule(_ node: YAMLNode) -> CheckRule? {
        guard var rule = reader.object(node, Phrase { words in words["pack.what.a-rule"] },
            required: ["id", "kind", "severity", "message"], optional: ["params", "when"])
        else { return nil }
        let id = reader.identifier("id", in: rule)
        if let id {
            rule.what = Phrase { words in words("pack.what.rule", ["id": id]) }
            define(.rule, id, at: rule["id"] ?? node)
        }
        let kind = reader.choice("kind", in: rule, as: RuleKind.self, named: Phrase { words in words["pack.set.rule-kind"] })
        let severity = reader.choice("severity", in: rule, as: Severity.self,
            named: Phrase { words in words["pack.set.severity"] })
        let message = reader.text("message", in: rule)
        let when = condition("when", in: rule)
        var parameters: [String: RuleParameter] = [:]
        if let kind {
            parameters = parseParameters(rule, kind: kind)
        }
        guard let id, let kind, let severity, let message else { return nil }
        return CheckRule(
            id: id, kind: kind, severity: severity, message: message, parameters: parameters,
            when: when)
    }

    private func parseParameters(_ rule: PackObject, kind: RuleKind) -> [String: RuleParameter] {
        let specs = kind.parameters
        let what = rule.what
        let kindName = kind.rawValue
        guard let node = rule["params"] else {
            let missing = specs.filter(\.value.isRequired).keys.sorted()
            if !missing.isEmpty {
                let names = NodeReader.list(missing)
                reader.report(rule.node, Phrase { words in
                    words("pack.rule.no-params", ["what": words[what], "kind": kindName, "params": names])
                })
            }
            return [:]
        }
        let required = specs.filter(\.value.isRequired).keys.sorted()
        let optional = specs.filter { !$0.value.isRequired }.keys.sorted()
        guard let params = reader.object(node,
            Phrase { words in words("pack.what.params-of", ["what": words[what], "kind": kindName]) },
            required: required, optional: optional)
        else { return [:] }
        var parameters: [String: RuleParameter] = [:]
        for (name, spec) in specs.sorted(by: { $0.key < $1.key }) {
            guard let value = params[name] else { continue }
            let from = Phrase { words in words("pack.what.parameter-of", ["name": name, "what": words[what]]) }
            switch spec.kind {
            case .fields, .documents:
                let entity: PackEntity = spec.kind == .fields ? .field : .document
                guard let names = reader.names(name, in: params) else { continue }
                for (id, itemNode) in names { refer(entity, id, at: itemNode, from: from) }
                parameters[name] = .names(names.map(\.0))
            case .normalizer:
                guard let normalizer = reader.choice(name, in: params, as: ValueNormalizer.self,
                    named: Phrase { words in words["pack.set.normalizer"] })
                else { continue }
                parameters[name] = .name(normalizer.rawValue)
            case .field, .fact, .figure, .category:
                guard let id = reader.identifier(name, in: params) else { continue }
                refer(Self.entity(spec.kind), id, at: value, from: from)
                parameters[name] = .name(id)
            }
        }
        return parameters
    }

    private static func entity(_ kind: RuleParameterKind) -> PackEntity {
        switch kind {
        case .field, .fields: .field
        case .fact: .fact
        case .figure: .figure
        case .documents: .document
        case .category: .category
        case .normalizer: .text
        }
    }
}
