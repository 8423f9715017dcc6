import PropertyBased
import StayformCore
import Testing
import TestSupport

/// The end of an e-VOA / e-Visa stay counted from the entry stamp (arrival is day 1), and the
/// blocking finding when the expiry typed differs from it.
@Suite struct StayEndTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso8601: iso) ?? CrossCheckFixtures.today }

    /// Arrival day is day 1: 30 days end on arrival + 29, extended once on arrival + 59; the
    /// worked example of Antara/NusaBali 2024-01-04 (arrival 2023-09-29, extended stay ended
    /// 2023-11-27), month ends, a leap February and a year end.
    @Test(arguments: [
        ("2023-09-29", 1, "2023-11-27"),
        ("2023-09-29", 0, "2023-10-28"),
        ("2026-01-31", 0, "2026-03-01"),
        ("2028-01-31", 0, "2028-02-29"),
        ("2028-01-31", 1, "2028-03-30"),
        ("2026-02-01", 0, "2026-03-02"),
        ("2026-12-03", 0, "2027-01-01"),
        ("2026-12-02", 1, "2027-01-30"),
        ("2026-11-30", 0, "2026-12-29"),
    ])
    func lastDayOfAThirtyDayStay(arrival: String, extensions: Int, lastDay: String) {
        let stay = EntryStampStay(arrival: Self.day(arrival), stayDays: 30, extensionDays: 30, extensions: extensions)
        #expect(stay.lastDay.iso8601 == lastDay)
    }

    @Test func sixtyDayVisitStayExtendedTwice() {
        let stay = EntryStampStay(arrival: Self.day("2026-01-01"), stayDays: 60, extensionDays: 60, extensions: 2)
        #expect(stay.lastDay.iso8601 == "2026-06-29")
        #expect(Self.day("2026-01-01").days(until: stay.lastDay) + 1 == 180)
    }

    @Test func theStayIncludesArrivalDayForEveryArrival() async {
        await propertyCheck(input: Gen.int(in: 0...40_000), Gen.int(in: 1...400), Gen.int(in: 0...3)) { epoch, days, extensions in
            let arrival = CalendarDate(daysSinceEpoch: epoch)
            let stay = EntryStampStay(arrival: arrival, stayDays: days, extensionDays: 30, extensions: extensions)
            #expect(arrival.days(until: stay.lastDay) + 1 == days + 30 * extensions)
        }
    }

    // MARK: The rule

    let engine = CrossCheckEngine(pack: CrossCheckFixtures.pack)

    func findings(_ edit: (inout Draft) -> Void) -> [Finding] {
        var draft = CrossCheckFixtures.cleanDraft
        edit(&draft)
        return engine.evaluateAll(draft: draft, today: CrossCheckFixtures.today, attachments: CrossCheckFixtures.files)
            .findings.filter { $0.ruleID == "voa-stay-end" }
    }

    @Test func theCleanDraftEndsOnArrivalPlus29() {
        #expect(findings { _ in }.isEmpty)
    }

    @Test func typingValidUntilInsteadOfTheStayEndBlocks() {
        let found = findings { $0.values["permit.expiry-date"] = "2026-12-01" }
        #expect(found.map(\.severity) == [.blocking])
        #expect(found.first?.expected == "2026-11-30")
        #expect(found.first?.found == "2026-12-01")
        #expect(found.first?.detail.contains("arrival on 2026-11-01 is day 1, so 30 days end on arrival + 29") == true)
        #expect(found.first?.figures.map(\.id) == ["voa-stay", "voa-extension"])
    }

    @Test func anExtendedStayEndsOnArrivalPlus59() {
        #expect(findings {
            $0.values["permit.extensions-so-far"] = "one"
            $0.values["permit.expiry-date"] = "2026-12-30"
        }.isEmpty)
        let found = findings { $0.values["permit.extensions-so-far"] = "one" }
        #expect(found.first?.expected == "2026-12-30")
        #expect(found.first?.detail.contains("1 extension of 30 days on arrival + 59") == true)
    }

    @Test func silentWithoutArrivalOrForAnotherCategory() {
        #expect(findings { $0.values["permit.arrival-date"] = nil; $0.values["permit.expiry-date"] = "2026-12-01" }.isEmpty)
        #expect(findings { $0.values["permit.category"] = "visit"; $0.values["permit.expiry-date"] = "2026-12-01" }.isEmpty)
    }
}
