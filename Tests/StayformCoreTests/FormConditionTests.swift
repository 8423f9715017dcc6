import PropertyBased
import StayformCore
import Testing

@Suite("Field conditions")
struct FormConditionTests {
    static let answers = ["permit.category": "visit-c1", "sponsor.kind": " individual ",
        "evidence": "funds, onward-ticket", "blank": "  "]

    static let cases: [(FieldCondition, Bool)] = [
        (.equals(field: "permit.category", value: "visit-c1"), true),
        (.equals(field: "permit.category", value: "voa"), false),
        (.equals(field: "sponsor.kind", value: "individual"), true),
        (.isOneOf(field: "permit.category", values: ["voa", "visit-c1"]), true),
        (.isOneOf(field: "permit.category", values: ["itas", "itap"]), false),
        (.isOneOf(field: "missing", values: [""]), true),
        (.isSet(field: "sponsor.kind", true), true),
        (.isSet(field: "blank", true), false),
        (.isSet(field: "missing", false), true),
        (.contains(field: "evidence", value: "onward-ticket"), true),
        (.contains(field: "evidence", value: "onward"), false),
        (.all([.isSet(field: "sponsor.kind", true), .equals(field: "permit.category", value: "voa")]), false),
        (.all([.isSet(field: "sponsor.kind", true), .isSet(field: "evidence", true)]), true),
        (.any([.equals(field: "permit.category", value: "voa"), .isSet(field: "evidence", true)]), true),
        (.any([.equals(field: "permit.category", value: "voa"), .isSet(field: "blank", true)]), false),
        (.not(.equals(field: "permit.category", value: "visa-exempt")), true),
        (.not(.isSet(field: "evidence", true)), false),
    ]

    @Test("conditions over answers", arguments: cases)
    func evaluates(_ condition: FieldCondition, _ expected: Bool) {
        #expect(condition.isSatisfied(by: Self.answers) == expected, "\(condition)")
    }

    @Test("`not` always gives the opposite")
    func negation() async {
        let values = Gen.oneOf(Gen.always("voa"), Gen.always("itas"), Gen.always(""),
            Gen.letterOrNumber.string(of: 0...4))
        await propertyCheck(input: values, values) { answer, expected in
            let condition = FieldCondition.equals(field: "f", value: expected)
            let answers = ["f": answer]
            #expect(FieldCondition.not(condition).isSatisfied(by: answers)
                == !condition.isSatisfied(by: answers))
            #expect(FieldCondition.all([condition]).isSatisfied(by: answers)
                == FieldCondition.any([condition]).isSatisfied(by: answers))
        }
    }

    @Test("fieldIDs lists every field read")
    func fieldIDs() {
        let condition = FieldCondition.all([
            .equals(field: "a", value: "x"), .not(.any([.isSet(field: "b", true),
                .contains(field: "c", value: "y")])),
        ])
        #expect(condition.fieldIDs == ["a", "b", "c"])
        #expect(condition.description == "a = x and not (b is answered or c includes y)")
    }

    @Test("a field is required always, when its condition holds, and never when hidden")
    func requiredness() {
        let voa = FieldCondition.equals(field: "category", value: "voa")
        let always = FormField(id: "a", code: "1.1", label: LocalizedText(english: "A"),
            type: .text, isRequired: true)
        let sometimes = FormField(id: "b", code: "1.2", label: LocalizedText(english: "B"),
            type: .text, requiredWhen: voa)
        let hidden = FormField(id: "c", code: "1.3", label: LocalizedText(english: "C"),
            type: .text, isRequired: true, shownWhen: voa)
        let pack = FormPack(
            id: "p", title: LocalizedText(english: "P"), edition: "1",
            sections: [FormSection(id: "s", code: "1", title: LocalizedText(english: "S"), fields: [always, sometimes, hidden])])
        var itas = Draft(pack: pack)
        itas.values["category"] = "itas"
        var voaDraft = itas
        voaDraft.values["category"] = "voa"
        #expect(pack.needsAnswer(always, in: itas))
        #expect(!pack.needsAnswer(sometimes, in: itas))
        #expect(pack.needsAnswer(sometimes, in: voaDraft))
        #expect(!pack.needsAnswer(hidden, in: itas))
        #expect(pack.needsAnswer(hidden, in: voaDraft))
    }
}
