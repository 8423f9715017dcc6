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
        let value: JSONValue
        do {
            value = try DraftJSONLocator.value(in: bytes)
        } catch {
            throw failure(Phrase { words in words("load.draft.not-json", ["problem": words[error.message]]) },
                at: error.offset, in: bytes)
        }
        guard case .object(let root) = value else {
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
            return (try Draft(jsonObject: root), version)
        } catch {
            let place = error.path.map { step in
                switch step {
                case .member(let name): "." + name
                case .index(let position): "[\(position)]"
                }
            }.joined().dropFirst()
            let problem = phrase(error.kind)
            let placed = place.isEmpty
                ? problem : Phrase { words in words("load.draft.member", ["member": String(place), "problem": words[problem]]) }
            throw failure(placed, at: DraftJSONLocator.offset(of: error.path, in: bytes) ?? 0, in: bytes)
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

    /// What is wrong with a member of the draft, without quoting its value.
    private static func phrase(_ kind: DraftShapeProblem.Kind) -> Phrase {
        switch kind {
        case .expected(let expected):
            Phrase { words in words("load.draft.expected", ["kind": words[self.phrase(expected)]]) }
        case .expectedNotNull(let expected):
            Phrase { words in words("load.draft.expected-not-null", ["kind": words[self.phrase(expected)]]) }
        case .missingKey(let name):
            Phrase { words in words("load.draft.missing-key", ["key": name]) }
        case .restatementNeedsOneKey:
            Phrase { words in words["load.draft.restatement-one-key"] }
        }
    }

    private static func phrase(_ kind: JSONKind) -> Phrase {
        switch kind {
        case .string: Phrase { words in words["load.json-kind.string"] }
        case .wholeNumber: Phrase { words in words["load.json-kind.whole-number"] }
        case .list: Phrase { words in words["load.json-kind.list"] }
        case .object: Phrase { words in words["load.json-kind.object"] }
        }
    }
}
