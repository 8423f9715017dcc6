import Foundation
import PropertyBased
import StayformCore
import Testing
import TestSupport

@Suite struct UTCTimestampTests {
    @Test func writesISO8601AndFileStamps() {
        let stamp = UTCTimestamp(secondsSinceEpoch: 1_795_795_407)
        #expect(stamp.iso8601 == "2026-11-27T16:03:27Z")
        #expect(stamp.fileStamp == "2026-11-27T16-03-27Z")
        #expect(UTCTimestamp(secondsSinceEpoch: 0).iso8601 == "1970-01-01T00:00:00Z")
        #expect(UTCTimestamp(secondsSinceEpoch: -1).iso8601 == "1969-12-31T23:59:59Z")
    }

    @Test func agreesWithTheCLibraryForEveryMoment() async {
        // Years 1 to 9999, the range CalendarDate writes.
        await propertyCheck(input: Gen.int(in: -62_135_596_800...253_402_300_799)) { seconds in
            var time = time_t(seconds)
            var parts = tm()
            #expect(gmtime_r(&time, &parts) != nil)
            let expected = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                parts.tm_hour, parts.tm_min, parts.tm_sec)
            #expect(UTCTimestamp(secondsSinceEpoch: seconds).iso8601 == expected)
        }
    }
}

@Suite struct DraftStampingTests {
    @Test func aSaveSetsTheChangeTimeAndKeepsTheCreationTime() {
        var draft = Draft(pack: SampleForms.applicantAndPassport)
        let first = draft.stamped(at: UTCTimestamp(secondsSinceEpoch: 1_795_795_407))
        #expect(first.createdAt == "2026-11-27T16:03:27Z")
        #expect(first.updatedAt == "2026-11-27T16:03:27Z")
        draft = first.stamped(at: UTCTimestamp(secondsSinceEpoch: 1_795_795_467))
        #expect(draft.createdAt == "2026-11-27T16:03:27Z")
        #expect(draft.updatedAt == "2026-11-27T16:04:27Z")
    }
}
