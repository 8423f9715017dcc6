import Foundation
import StayformCore
import SystemPackage
import Yams

/// Reads and validates form packs (YAML).
///
///     switch FormPackLoader.validate(contentsOf: url) {
///     case .success(let pack): print(pack.title.resolved())
///     case .failure(let problems): print(problems)   // every problem, file:line:column
///     }
public enum FormPackLoader {
    /// Loads the pack file at `url`; on problems throws the first, saying how many more.
    public static func load(contentsOf url: URL) throws(LoadError) -> FormPack {
        try firstError(of: validate(contentsOf: url))
    }

    /// Parses pack YAML; `path` is used in messages. Throws the first problem, saying how many
    /// more there are.
    public static func parse(_ text: String, path: String) throws(LoadError) -> FormPack {
        try firstError(of: validate(text: text, path: path))
    }

    /// Reads and validates the pack file at `url`, reporting every problem.
    public static func validate(
        contentsOf url: URL, fileSystem: any FileSystem = POSIXFileSystem()
    ) -> Result<FormPack, FormPackErrors> {
        let text: String
        do {
            text = try fileSystem.readText(FilePath(url.path), kind: .formPack)
        } catch {
            return .failure(FormPackErrors([LoadError(path: url.path,
                message: "cannot read the form pack: \(error.reason)")]))
        }
        return validate(text: text, path: url.path)
    }

    /// Validates pack YAML, reporting every problem; `path` is used in messages.
    public static func validate(text: String, path: String) -> Result<FormPack, FormPackErrors> {
        let root: Node
        do {
            // The basic resolver leaves every scalar as the text written (`no` stays "no") and
            // skips the regular expressions of implicit typing, which dominated load time.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                return .failure(FormPackErrors([LoadError(path: path, line: 1, column: 1,
                    message: "the form pack is empty; see docs/form-pack.md for its keys")]))
            }
            root = node
        } catch let error as YamlError {
            return .failure(FormPackErrors([syntaxError(error, path: path, text: text)]))
        } catch {
            return .failure(FormPackErrors([LoadError(path: path, message: "not valid YAML")]))
        }
        let parser = FormPackParser(path: path)
        let pack = parser.parse(root)
        if let pack, parser.reader.errors.isEmpty { return .success(pack) }
        let sorted = parser.reader.errors.sorted {
            ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0)
        }
        return .failure(FormPackErrors(sorted))
    }

    /// A YAML syntax error, with its position and without quoting the file.
    static func syntaxError(_ error: YamlError, path: String, text: String) -> LoadError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard mark.line <= lines.count else {
                // libyaml places "unexpected end" one line past a file without a final newline.
                return LoadError(path: path, line: lines.count,
                    column: (lines.last?.unicodeScalars.count ?? 0) + 1,
                    message: "YAML syntax error at the end of the file: \(detail); "
                        + "the file may be cut short or a bracket or quote left open")
            }
            return LoadError(path: path, line: mark.line, column: mark.column,
                message: "YAML syntax error: \(detail); check indentation and quoting here")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LoadError(path: path, line: context.mark.line, column: context.mark.column,
                message: "duplicate key \(NodeReader.list(duplicates.sorted())) in one mapping; "
                    + "each key may appear once")
        case .reader(let problem, _, _, _):
            return LoadError(path: path, message: "cannot read the text: \(problem); save it as UTF-8")
        default:
            return LoadError(path: path, message: "not valid YAML")
        }
    }

    private static func firstError(of result: Result<FormPack, FormPackErrors>)
        throws(LoadError) -> FormPack
    {
        switch result {
        case .success(let pack):
            return pack
        case .failure(let problems):
            guard var first = problems.errors.first else {
                throw LoadError(path: "", message: "the form pack is not valid")
            }
            if problems.errors.count > 1 {
                first.message += " (and \(problems.errors.count - 1) more problems; "
                    + "run `stayform forms validate \(first.path)` to see them all)"
            }
            throw first
        }
    }
}
