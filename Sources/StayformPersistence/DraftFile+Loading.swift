import Foundation
import StayformCore
import SystemPackage

extension DraftFile {
    /// Reads and checks the draft at `path`: `nil` when there is none, else the draft and the
    /// version of the file it came from. `backup` (if any) is offered in error messages.
    static func read(
        _ path: FilePath, formID: String?, backup: FilePath?, fileSystem: any FileSystem
    ) throws(LoadError) -> (Draft, FileVersion)? {
        let recovery = recoveryAdvice(backup: backup, fileSystem: fileSystem)
        func failure(_ problem: Phrase, at offset: Int? = nil, in bytes: [UInt8] = []) -> LoadError {
            let place = offset.map { DraftJSONLocator.lineAndColumn(of: $0, in: bytes) }
            return LoadError(path: path.string, line: place?.line, column: place?.column, problem: problem + recovery)
        }

        let bytes: [UInt8]
        let version: FileVersion
        do {
            let (read, status) = try fileSystem.readRegularFile(path, kind: .draft)
            bytes = read
            version = status.version
        } catch {
            switch error.problem {
            case .missing: return nil
            case .permissionDenied:
                throw failure(Phrase { words in words["load.draft.permission-denied"] })
            case .notRegular(.directory):
                let example = path.appending("draft.json").string
                throw failure(Phrase { words in words("load.draft.folder", ["example": example]) })
            default:
                throw failure(Phrase { words in words("load.draft.unreadable", ["reason": error.reason(in: words)]) })
            }
        }

        if bytes.allSatisfy({ $0 == 0 || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }) {
            let count = String(bytes.count)
            throw failure(Phrase { words in words("load.draft.empty", ["count": count]) })
        }
        if let problem = DraftJSONLocator.syntaxProblem(in: bytes) {
            throw failure(Phrase { words in words("load.draft.not-json", ["problem": words[problem.message]]) },
                at: problem.offset, in: bytes)
        }
        let root: [String: JSONValue]
        do {
            root = try JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
        } catch {
            throw failure(Phrase { words in words["load.draft.not-object"] }, at: 0, in: bytes)
        }
        func offset(_ steps: DraftJSONLocator.Step...) -> Int? { DraftJSONLocator.offset(of: steps, in: bytes) }

        guard let formatValue = root["formatVersion"] else {
            throw failure(Phrase { words in words["load.draft.no-format"] }, at: 0, in: bytes)
        }
        guard case .integer(let formatVersion) = formatValue else {
            throw failure(Phrase { words in words["load.draft.format-not-number"] },
                at: offset(.member("formatVersion")), in: bytes)
        }
        guard formatVersion <= Draft.currentFormatVersion else {
            throw failure(
                Phrase { words in
                    words("load.draft.newer-format", [
                        "format": String(formatVersion), "current": String(Draft.currentFormatVersion),
                    ])
                },
                at: offset(.member("formatVersion")), in: bytes)
        }
        guard formatVersion >= 1 else {
            throw failure(Phrase { words in words("load.draft.unknown-format", ["format": String(formatVersion)]) },
                at: offset(.member("formatVersion")), in: bytes)
        }
        if let formID, case .object(let form)? = root["form"], case .string(let id)? = form["id"], id != formID {
            throw failure(Phrase { words in words("load.draft.other-form", ["form": id, "expected": formID]) },
                at: offset(.member("form"), .member("id")), in: bytes)
        }

        do {
            return (try JSONDecoder().decode(Draft.self, from: Data(bytes)), version)
        } catch let error as DecodingError {
            let (codingPath, problem) = describe(error)
            let steps = codingPath.map { key in
                key.intValue.map(DraftJSONLocator.Step.index) ?? .member(key.stringValue)
            }
            let member = dotted(codingPath)
            let placed = codingPath.isEmpty
                ? problem : Phrase { words in words("load.draft.member", ["member": member, "problem": words[problem]]) }
            throw failure(placed, at: DraftJSONLocator.offset(of: steps, in: bytes) ?? 0, in: bytes)
        } catch {
            throw failure(Phrase { words in words["load.draft.invalid"] })
        }
    }

    /// The sentence that ends every load error: the file is untouched, and how to get back to
    /// work.
    private static func recoveryAdvice(backup: FilePath?, fileSystem: any FileSystem) -> Phrase {
        guard let backup else {
            return Phrase { words in words["load.draft.backup-untouched"] }
        }
        if (try? fileSystem.status(at: backup)) != nil {
            let name = backup.lastComponent?.string ?? backup.string
            return Phrase { words in words("load.draft.recover", ["backup": name]) }
        }
        return Phrase { words in words["load.draft.no-backup"] }
    }

    /// Where a decoding error happened and what it means, without quoting any value.
    private static func describe(_ error: DecodingError) -> ([any CodingKey], Phrase) {
        switch error {
        case .typeMismatch(let type, let context):
            let expected = kind(of: type)
            return (context.codingPath, Phrase { words in words("load.draft.expected", ["kind": words[expected]]) })
        case .valueNotFound(let type, let context):
            let expected = kind(of: type)
            return (context.codingPath, Phrase { words in words("load.draft.expected-not-null", ["kind": words[expected]]) })
        case .keyNotFound(let key, let context):
            let name = key.stringValue
            return (context.codingPath, Phrase { words in words("load.draft.missing-key", ["key": name]) })
        case .dataCorrupted(let context):
            // The draft's own decoding explains these, in English only.
            return (context.codingPath, Phrase(verbatim: context.debugDescription))
        @unknown default:
            return ([], Phrase { words in words["load.draft.invalid"] })
        }
    }

    private static func kind(of type: Any.Type) -> Phrase {
        if type == String.self { return Phrase { words in words["load.json-kind.string"] } }
        if type == Int.self || type == Double.self { return Phrase { words in words["load.json-kind.number"] } }
        if type == Bool.self { return Phrase { words in words["load.json-kind.bool"] } }
        if type == [Any].self { return Phrase { words in words["load.json-kind.list"] } }
        if type == [String: Any].self { return Phrase { words in words["load.json-kind.object"] } }
        return Phrase { words in words["load.json-kind.other"] }
    }

    private static func dotted(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }
}
