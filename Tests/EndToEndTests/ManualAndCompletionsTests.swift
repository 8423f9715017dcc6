import Foundation
import Testing

/// The man page stays in step with the program's options, and the shell completions offer
/// what only the installed program knows (pack ids, theme names).
@Suite struct ManualAndCompletionsTests {
    /// One command of the argument parser's description of itself (`--experimental-dump-help`).
    struct CommandInfo: Decodable {
        struct Argument: Decodable {
            struct Name: Decodable {
                var kind: String
                var name: String
            }
            var names: [Name]?
            var shouldDisplay: Bool
        }
        var commandName: String
        var abstract: String?
        var shouldDisplay: Bool?
        var arguments: [Argument]?
        var subcommands: [CommandInfo]?
    }

    struct ToolInfo: Decodable {
        var command: CommandInfo
    }

    static let manual = Repository.root.appendingPathComponent("docs/stayform.1")
    static let sections = Repository.root.appendingPathComponent("docs/man/stayform-sections.mdoc")

    /// The program's commands, each with its path of command names.
    static func commands() throws -> [(path: [String], info: CommandInfo)] {
        let dump = try Repository.stayform(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(dump.output.utf8))
        var found: [(path: [String], info: CommandInfo)] = []
        func visit(_ command: CommandInfo, _ path: [String]) {
            found.append((path + [command.commandName], command))
            for sub in command.subcommands ?? [] where sub.shouldDisplay ?? true {
                visit(sub, path + [command.commandName])
            }
        }
        visit(tool.command, [])
        return found
    }

    @Test func manualNamesEveryCommandAndOptionThatTheProgramHas() throws {
        let page = try String(contentsOf: Self.manual, encoding: .utf8)
        for (path, command) in try Self.commands() {
            if path.count > 1 {
                #expect(page.contains(".It Em \(command.commandName)\n"), "\(path) missing from docs/stayform.1 (run `make man`)")
            }
            if let abstract = command.abstract, !abstract.isEmpty {
                #expect(page.contains(abstract), "the summary of \(path) changed (run `make man`)")
            }
            for argument in command.arguments ?? [] where argument.shouldDisplay {
                for name in argument.names ?? [] where name.kind == "long" {
                    #expect(page.contains("Fl -\(name.name)"), "--\(name.name) of \(path) missing (run `make man`)")
                }
            }
        }
    }

    @Test func manualHasNoOptionThatTheProgramLacks() throws {
        let page = try String(contentsOf: Self.manual, encoding: .utf8)
        var known: Set<String> = []
        for (_, command) in try Self.commands() {
            for argument in command.arguments ?? [] {
                for name in argument.names ?? [] where name.kind == "long" { known.insert(name.name) }
            }
        }
        let documented = page.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix(".It Fl -") else { return nil }
            return line.dropFirst(".It Fl -".count).split(separator: " ").first.map(String.init)
        }
        #expect(!documented.isEmpty)
        for option in documented {
            #expect(known.contains(option), "docs/stayform.1 documents --\(option), which the program does not have")
        }
    }

    @Test func manualEndsWithTheWrittenSections() throws {
        let page = try String(contentsOf: Self.manual, encoding: .utf8)
        let sections = try String(contentsOf: Self.sections, encoding: .utf8)
        #expect(page.hasSuffix(sections), "docs/man/stayform-sections.mdoc changed: run `make man`")
        for heading in [".Sh KEYS", ".Sh FILES", ".Sh ENVIRONMENT", ".Sh EXIT STATUS"] {
            #expect(sections.contains(heading))
        }
    }

    /// `stayform keys` and the man page's KEYS list the same keys with the same words.
    @Test func manualListsEveryKeyThatStayformKeysLists() throws {
        let sections = try String(contentsOf: Self.sections, encoding: .utf8)
        let keys = try Repository.stayform(["keys"])
        #expect(keys.status == 0)
        let lines = keys.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("F3, ^K, Alt-3") })
        for line in lines {
            let parts = line.split(separator: "  ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(parts.count == 2, "\(line)")
            #expect(sections.contains(".It \(parts[0])\n\(parts.last ?? "")\n"), "KEYS lacks: \(line)")
        }
        let help = try Repository.stayform(["help", "keys"])
        #expect(help.output.contains("F10, ^Q, Alt-0"))
    }

    /// Runs bash's completion function for `words` (the last one being completed) and returns
    /// what it offers.
    static func bashCompletions(_ words: [String]) throws -> [String] {
        let script = try Repository.stayform(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let folder = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scriptFile = folder.appendingPathComponent("stayform.bash")
        try script.output.write(to: scriptFile, atomically: false, encoding: .utf8)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let line = words.joined(separator: " ")
        let driver = """
            source '\(scriptFile.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            _stayform stayform '\(words[words.count - 1])' '\(words[words.count - 2])'
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let binaryFolder = URL(fileURLWithPath: StayformBinary.path).deletingLastPathComponent().path
        let result = try Shell.run(
            "/bin/bash", ["-c", driver],
            environment: [
                "PATH": "\(binaryFolder):/usr/bin:/bin", "STAYFORM_RESOURCES": Repository.root.path,
                "HOME": folder.path, "XDG_CONFIG_HOME": folder.path,
            ])
        return result.output.split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesThemeNamesPackIDsAndSubcommands() throws {
        #expect(try Self.bashCompletions(["stayform", "--theme", "h"]) == ["high-contrast"])
        #expect(try Self.bashCompletions(["stayform", "--form", ""]).sorted() == ["stay-permit-extension", "voa-extension"])
        #expect(try Self.bashCompletions(["stayform", "forms", "show", "v"]) == ["voa-extension"])
        let top = try Self.bashCompletions(["stayform", ""])
        for word in ["check", "export", "forms", "themes", "--draft", "--theme"] {
            #expect(top.contains(word), "\(word) not offered: \(top)")
        }
    }

    @Test func zshAndFishScriptsAskTheProgramForPackIDsAndThemes() throws {
        for shell in ["zsh", "fish"] {
            let script = try Repository.stayform(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.output.contains("---completion"), "\(shell) script does not call back for --theme/--form")
            #expect(script.output.contains("check") && script.output.contains("export"))
        }
        let themes = try Repository.stayform(["---completion", "--", "--theme", "1", "0"])
        #expect(themes.output.split(separator: "\n").contains("monochrome"))
    }
}
