import Foundation
import Testing

/// Every command, run on packs, themes, drafts, file names and arguments full of escape
/// sequences, C1 controls and bidirectional overrides, writes none of them raw to standard
/// output or standard error.
@Suite struct HostileOutputEndToEndTests {
    /// An OSC title change, a CSI, a C1 CSI (U+009B), a right-to-left override, a bell.
    static let hostile = "X\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}gpj.exe"
    /// The same, as a YAML double-quoted scalar.
    static let hostileYAML = #""X\e]0;pwned\a\e[2J\x9b31m\u202Egpj.exe""#

    /// A folder with `Forms/` (the shipped packs and a hostile one), `Themes/` (the shipped ones),
    /// a user theme folder with hostile themes, and hostile drafts.
    struct World {
        let root: URL
        var resources: URL { root.appendingPathComponent("resources") }
        var environment: [String: String] {
            ["STAYFORM_RESOURCES": resources.path, "XDG_CONFIG_HOME": root.appendingPathComponent("config").path]
        }
        func path(_ name: String) -> String { root.appendingPathComponent(name).path }

        init() throws {
            root = try Scratch.makeDirectory()
            let manager = FileManager.default
            let forms = resources.appendingPathComponent("Forms")
            let userThemes = root.appendingPathComponent("config/stayform/themes")
            try manager.createDirectory(at: forms, withIntermediateDirectories: true)
            try manager.createDirectory(at: userThemes, withIntermediateDirectories: true)
            try manager.copyItem(
                at: Repository.root.appendingPathComponent("Themes"), to: resources.appendingPathComponent("Themes"))
            let shipped = Repository.root.appendingPathComponent("Forms/stay-permit-extension.yaml")
            try manager.copyItem(at: shipped, to: forms.appendingPathComponent("stay-permit-extension.yaml"))
            var voa = try String(
                contentsOf: Repository.root.appendingPathComponent("Forms/voa-extension.yaml"), encoding: .utf8)
            voa = voa.replacingOccurrences(of: "id: voa-extension", with: "id: hostile")
                .replacingOccurrences(of: "en: e-VOA extension (short form)", with: "en: \(hostileYAML)")
                .replacingOccurrences(of: "label: E-mail address", with: "label: \(hostileYAML)")
            try Data(voa.utf8).write(to: forms.appendingPathComponent("hostile.yaml"))
            try Data("format: 1\nid: \(hostileYAML)\n\(hostileYAML): 1\n".utf8)
                .write(to: root.appendingPathComponent("bad\(hostile).yaml"))
            try Data("name: evil\nsummary: \(hostileYAML)\nstyles:\n  normal: { fg: default }\n".utf8)
                .write(to: userThemes.appendingPathComponent("evil.yaml"))
            try Data("name: worse\nstyles:\n  \(hostileYAML): { fg: red }\n".utf8)
                .write(to: userThemes.appendingPathComponent("worse.yaml"))

            func draft(_ formID: String, _ values: [String: String]) -> Data {
                let object: [String: Any] = [
                    "formatVersion": 1, "form": ["id": formID, "edition": "2026-11"], "values": values,
                    "attachments": ["passport": [["path": hostile, "size": 1, "detectedType": "x", "sha256": "00"]]],
                ]
                return (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
            }
            try draft("stay-permit-extension", [
                "applicant.full-name": hostile, "applicant.email": hostile, hostile: hostile,
            ]).write(to: root.appendingPathComponent("values.json"))
            try draft(hostile, [:]).write(to: root.appendingPathComponent("form-id.json"))
            try draft("hostile", ["applicant.full-name": hostile]).write(to: root.appendingPathComponent("pack.json"))
            try Data("{\"formatVersion\": 1, \"\(hostile)\": 1, \"\(hostile)\": 2}".utf8)
                .write(to: root.appendingPathComponent("broken\(hostile).json"))
        }
    }

    /// The characters that must never reach a terminal raw: C0 controls but line break and
    /// tab, DEL, C1 controls, line and paragraph separators and bidirectional controls.
    static func rawUnsafe(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A, 0x09: false
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
                0x061C:
                true
            default: false
            }
        }
    }

    @Test func noCommandWritesAnEscapeAC1OrABidiCharacterRaw() throws {
        let world = try World()
        defer { try? FileManager.default.removeItem(at: world.root) }
        let today = ["--today", "2026-11-21"]
        let runs: [[String]] = [
            ["forms"],
            ["forms", "show", "hostile"],
            ["forms", "show", "--figures", "hostile"],
            ["keys"],
            ["forms", "show", Self.hostile],
            ["forms", "validate", world.path("bad\(Self.hostile).yaml")],
            ["forms", "validate", world.path(Self.hostile)],
            ["themes"],
            ["check"] + today + [world.path("values.json"), world.path("form-id.json"), world.path("pack.json")],
            ["check", "--format", "json"] + today + [world.path("values.json"), world.path("pack.json")],
            ["check"] + today + [world.path("broken\(Self.hostile).json"), world.path("missing\(Self.hostile).json")],
            ["check", "--format", "json"] + today + [world.path("broken\(Self.hostile).json")],
            ["export"] + today + [world.path("values.json")],
            ["export", "--format", "text"] + today + [world.path("pack.json")],
            ["export", "--format", "json"] + today + [world.path("values.json")],
            ["export"] + today + [world.path("form-id.json")],
            ["--bogus\(Self.hostile)"],
            ["check", "--format", Self.hostile, "x.json"],
            ["check", "--today", Self.hostile, "x.json"],
        ]
        for arguments in runs {
            let result = try Repository.stayform(arguments, environment: world.environment)
            let written = result.output + result.error
            #expect(!written.isEmpty, "\(arguments.map(\.terminalSafeForTest)) wrote nothing")
            #expect(Self.rawUnsafe(in: result.output).isEmpty, "stdout of \(arguments.map(\.terminalSafeForTest))")
            #expect(Self.rawUnsafe(in: result.error).isEmpty, "stderr of \(arguments.map(\.terminalSafeForTest))")
        }
    }

    @Test func jsonEscapesC1AndBidiCharactersAndStillReadsBackTheSame() throws {
        let world = try World()
        defer { try? FileManager.default.removeItem(at: world.root) }
        let result = try Repository.stayform(
            ["export", "--format", "json", "--today", "2026-11-21", world.path("values.json")],
            environment: world.environment)
        #expect(result.output.contains(#"\u009b31m\u202egpj.exe"#))
        #expect(result.output.contains(#"\u001b]0;pwned\u0007"#))
        let decoded = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        #expect("\(decoded)".contains("pwned"))
    }
}

extension String {
    /// For failure messages: the argument with its escapes shown.
    var terminalSafeForTest: String { unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined() }
}
