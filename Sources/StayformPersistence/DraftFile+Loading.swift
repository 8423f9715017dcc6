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
        func failure(_ message: String, at offset: Int? = nil, in bytes: [UInt8] = []) -> LoadError {
            let place = offset.map { DraftJSONLocator.lineAndColumn(of: $0, in: bytes) }
            return LoadError(path: path.string, line: place?.line, column: place?.column, message: message + recovery)
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
                throw failure("cannot read the draft: permission denied; check the file's owner and permissions (it should be yours, mode 0600)")
            case .notRegular(.directory):
                throw failure("this is a folder, not a draft; name a file, e.g. \(path.appending("draft.json"))")
            default:
                throw failure("cannot read the draft: \(error.reason)")
            }
        }

        if bytes.allSatisfy({ $0 == 0 || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }) {
            throw failure("the draft is empty (\(bytes.count) bytes): it was probably cut short by a crash")
        }
        if let problem = DraftJSONLocator.syntaxProblem(in: bytes) {
            throw failure("not valid JSON: \(problem.message)", at: problem.offset, in: bytes)
        }
        let root: [String: JSONValue]
        do {
            root = try JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
        } catch {
            throw failure("a draft must be a JSON object `{ … }` with `formatVersion` and `form`", at: 0, in: bytes)
        }
        func offset(_ steps: DraftJSONLocator.Step...) -> Int? { DraftJSONLocator.offset(of: steps, in: bytes) }

        guard let formatValue = root["formatVersion"] else {
            throw failure("there is no `formatVersion`: this is not a stayform draft", at: 0, in: bytes)
        }
        guard case .integer(let formatVersion) = formatValue else {
            throw failure("`formatVersion` must be a whole number", at: offset(.member("formatVersion")), in: bytes)
        }
        guard formatVersion <= Draft.currentFormatVersion else {
            throw failure(
                "the draft was written by a newer stayform (draft format \(formatVersion)); this one reads format "
                    + "\(Draft.currentFormatVersion); update stayform to open it",
                at: offset(.member("formatVersion")), in: bytes)
        }
        guard formatVersion >= 1 else {
            throw failure("unknown draft format \(formatVersion); formats start at 1",
                at: offset(.member("formatVersion")), in: bytes)
        }
        if let formID, case .object(let form)? = root["form"], case .string(let id)? = form["id"], id != formID {
            throw failure("the draft belongs to another form (`\(id)`), not `\(formID)`; open it with that form",
                at: offset(.member("form"), .member("id")), in: bytes)
        }

        do {
            return (try JSONDecoder().decode(Draft.self, from: Data(bytes)), version)
        } catch let error as DecodingError {
            let (codingPath, message) = describe(error)
            let steps = codingPath.map { key in
                key.intValue.map(DraftJSONLocator.Step.index) ?? .member(key.stringValue)
            }
            let place = codingPath.isEmpty ? "" : "`\(dotted(codingPath))`: "
            throw failure(place + message, at: DraftJSONLocator.offset(of: steps, in: bytes) ?? 0, in: bytes)
        } catch {
            throw failure("not a valid stayform draft")
        }
    }

    /// The sentence that ends every load error: the file is untouched, and how to get back to
    /// work.
    private static func recoveryAdvice(backup: FilePath?, fileSystem: any FileSystem) -> String {
        guard let backup else {
            return ". The backup was left untouched."
        }
        if (try? fileSystem.status(at: backup)) != nil {
            return ". The file was left untouched. To open the last good version (\(backup.lastComponent?.string ?? backup.string)), run stayform with --recover."
        }
        return ". The file was left untouched; there is no backup of it to recover from."
    }

    /// Where a decoding error happened and what it means, without quoting any value.
    private static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected \(kind(of: type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "expected \(kind(of: type)), found null")
        case .keyNotFound(let key, let context):
            return (context.codingPath, "`\(key.stringValue)` is missing")
        case .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        @unknown default:
            return ([], "not a valid stayform draft")
        }
    }

    private static func kind(of type: Any.Type) -> String {
        if type == String.self { return "a string" }
        if type == Int.self || type == Double.self { return "a number" }
        if type == Bool.self { return "true or false" }
        if type == [Any].self { return "a list `[ … ]`" }
        if type == [String: Any].self { return "an object `{ … }`" }
        return "a value of another kind"
    }

    private static func dotted(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }
}
