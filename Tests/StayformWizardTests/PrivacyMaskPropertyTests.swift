import PropertyBased
import StayformCore
import StayformWizard
import Testing
import TestSupport

/// With F6 on, no identifying number of a random draft reaches the screen: not on any page
/// (each section with each field focused, review, final check), not in any box (finding
/// detail, document check, help), not in a row and not split across rows.
@Suite struct PrivacyMaskPropertyTests {
    /// The fixture pack with its identity numbers marked `mask: true`, as the shipped packs
    /// mark theirs, and documents that restate them (so that their checks open).
    static let pack: FormPack = {
        var pack = CrossCheckFixtures.pack
        let identifying: Set<FieldType> = [.mrz, .passportNumber, .nik]
        for section in pack.sections.indices {
            for field in pack.sections[section].fields.indices where identifying.contains(pack.sections[section].fields[field].type) {
                pack.sections[section].fields[field].isMasked = true
            }
        }
        for index in pack.documents.indices where ["current-permit", "guarantee-letter"].contains(pack.documents[index].id) {
            pack.documents[index].shows = ["applicant.full-name", "passport.number", "sponsor.nik"]
        }
        pack.rules.append(CheckRule(
            id: "valid-answers", kind: .validAnswers, severity: .error, message: LocalizedText(english: "Correct it.")))
        return pack
    }()

    static let alphabet = Array("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    /// A number of 6 to 12 letters and digits drawn from `seed`.
    static func number(_ seed: [Int], _ offset: Int) -> String {
        let length = 6 + seed[offset % seed.count] % 7
        return String((0..<length).map { alphabet[seed[(offset + $0 + 1) % seed.count] % alphabet.count] })
    }

    /// A draft whose masked fields and their restatements hold random numbers (differing, so
    /// that findings quote them), with the rest of the fixture's clean draft.
    static func draft(_ seed: [Int]) -> (Draft, [String]) {
        var draft = CrossCheckFixtures.cleanDraft
        let passport = number(seed, 0), permitPassport = number(seed, 3), nik = number(seed, 5)
        let printed = number(seed, 7), printedNIK = number(seed, 11)
        let mrzFirst = "P<UTO" + String(repeating: "<", count: 39)
        let mrzSecond = (passport + String(repeating: "<", count: 44)).prefix(44)
        draft.values["passport.number"] = passport
        draft.values["permit.passport-number"] = seed[1] % 2 == 0 ? permitPassport : passport
        draft.values["sponsor.nik"] = nik
        draft.values["passport.mrz"] = mrzFirst + "\n" + mrzSecond
        draft.restatements["current-permit", default: [:]]["passport.number"] = .differs(printed)
        draft.restatements["guarantee-letter", default: [:]]["sponsor.nik"] = seed[2] % 2 == 0 ? .differs(printedNIK) : .matches(nik)
        return (draft, [passport, permitPassport, nik, printed, printedNIK, String(mrzSecond)])
    }

    /// Fails when any of `secrets` shows in a row of `lines`, or across rows.
    static func expectHidden(_ secrets: [String], in lines: [String], on page: String) {
        let joined = lines.map { $0.trimmingWhitespace }.joined()
        for secret in secrets where secret.count >= PrivacyMask.shortestHidden {
            #expect(!joined.contains(secret), "\(page) shows \(secret) across rows")
            for line in lines { #expect(!line.contains(secret), "\(page) shows \(secret): \(line)") }
        }
    }

    @Test func noMaskedValueReachesAnyPageOrBoxWithF6On() async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...10_000).array(of: 16...16), Gen.int(in: 0...1)) { seed, big in
            let (draft, secrets) = Self.draft(seed)
            let size = big == 0 ? TerminalSize(columns: 80, rows: 24) : TerminalSize(columns: 120, rows: 40)
            var wizard = WizardDriver(pack: Self.pack, draft: draft, size: size, today: CrossCheckFixtures.today)
            wizard.press(.enter, .function(6))
            // Every section, with each of its fields focused.
            for field in Self.pack.allFields {
                wizard.goTo(field.code)
                Self.expectHidden(secrets, in: wizard.screenLines, on: "field \(field.code)")
            }
            // The document checks, looking and typing what the document says.
            for code in ["5.2", "5.4"] {
                wizard.goTo(code)
                wizard.press(.enter)
                Self.expectHidden(secrets, in: wizard.screenLines, on: "document check of \(code)")
                wizard.press(.down, .character("X"), .character("Y"))
                Self.expectHidden(secrets, in: wizard.screenLines, on: "document check of \(code), typing")
                wizard.press(.escape, .escape)
            }
            // Help, review, the final check and every finding in full.
            wizard.goTo("2.2")
            wizard.press(.function(1))
            Self.expectHidden(secrets, in: wizard.screenLines, on: "help")
            wizard.press(.escape, .function(5))
            Self.expectHidden(secrets, in: wizard.screenLines, on: "review")
            for _ in 0..<12 {
                wizard.press(.down)
                Self.expectHidden(secrets, in: wizard.screenLines, on: "review")
            }
            wizard.press(.escape, .function(3))
            Self.expectHidden(secrets, in: wizard.screenLines, on: "final check")
            for index in 0..<wizard.state.findings.findings.count {
                wizard.press(.enter)
                Self.expectHidden(secrets, in: wizard.screenLines, on: "finding \(index) in full")
                wizard.press(.escape, .down)
            }
            // The snapshot F4 writes.
            let snapshot = HelpdeskSnapshot(wizard.state, showingScreen: true, mask: wizard.state.privacyMask)
            Self.expectHidden(secrets, in: snapshot.text(version: "0", theme: "default").split(separator: "\n").map(String.init),
                on: "snapshot")
        }
    }
}
