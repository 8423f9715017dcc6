import FoundationEssentials
import StayformCore
import SystemPackage

/// Reads and validates form packs (YAML).
///
///     switch FormPackLoader.validate(contentsOf: url) {
///     case .success(let pack): print(pack.title.resolved())
///     case .failure(let problems): print(problems)   // every problem, file:line:column
///     }
public enum FormPackLoader {
    /// Loads the pack file at `url`; on problems throws the first, saying how many more.
    ///
    /// With a `cache`, a pack parsed from the same bytes by this program before is taken from
    /// it instead of being parsed again, and a pack parsed now is kept in it; problems are
    /// never cached, so they show every time.
    public static func load(
        contentsOf url: URL, cache: FormPackCache? = nil, fileSystem: any FileSystem = POSIXFileSystem()
    ) throws(LoadError) -> FormPack {
        let path = FilePath(url.path)
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.readRegularFile(path, kind: .formPack).bytes
        } catch {
            throw unreadable(url.path, error)
        }
        if let cached = cache?.pack(for: path, contents: bytes) { return cached }
        let pack = try firstError(of: review(bytes: bytes, path: url.path).result)
        cache?.store(pack, for: path, contents: bytes)
        return pack
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
        review(contentsOf: url, fileSystem: fileSystem).result
    }

    /// Validates pack YAML, reporting every problem; `path` is used in messages.
    public static func validate(text: String, path: String) -> Result<FormPack, FormPackErrors> {
        review(text: text, path: path).result
    }

    /// Reads and validates the pack file at `url`, and lists every text lacking a language.
    public static func review(
        contentsOf url: URL, fileSystem: any FileSystem = POSIXFileSystem()
    ) -> FormPackReview {
        do {
            return review(bytes: try fileSystem.readRegularFile(FilePath(url.path), kind: .formPack).bytes, path: url.path)
        } catch {
            return FormPackReview(result: .failure(FormPackErrors([unreadable(url.path, error)])))
        }
    }

    /// Validates the bytes of a pack file, which must be UTF-8 text; `path` is used in messages.
    static func review(bytes: [UInt8], path: String) -> FormPackReview {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let error = FileReadError(path: path, kind: .formPack, problem: .notText)
            return FormPackReview(result: .failure(FormPackErrors([unreadable(path, error)])))
        }
        return review(text: text, path: path)
    }

    /// The problem of a pack file that could not be read.
    private static func unreadable(_ path: String, _ error: FileReadError) -> LoadError {
        LoadError(path: path, problem: Phrase { words in words("pack.unreadable", ["reason": error.reason(in: words)]) })
    }

    /// Validates pack YAML and lists every text lacking one of the pack's languages.
    ///
    ///     let review = FormPackLoader.review(text: yaml, path: "Forms/x.yaml")
    ///     for text in review.untranslated { print(text) }   // Forms/x.yaml:40:16: `label` in …
    public static func review(text: String, path: String) -> FormPackReview {
        let root: YAMLNode
        do {
            guard let node = try YAMLReader.parse(text) else {
                return FormPackReview(result: .failure(FormPackErrors([LoadError(path: path, line: 1, column: 1,
                    problem: Phrase { words in words["pack.empty"] })])))
            }
            root = node
        } catch {
            return FormPackReview(result: .failure(FormPackErrors([syntaxError(error, path: path)])))
        }
        let parser = FormPackParser(path: path)
        let pack = parser.parse(root)
        let untranslated = parser.reader.untranslated.sorted(by: LoadError.inFileOrder)
        if let pack, parser.reader.errors.isEmpty {
            return FormPackReview(result: .success(pack), untranslated: untranslated)
        }
        let sorted = parser.reader.errors.sorted(by: LoadError.inFileOrder)
        return FormPackReview(result: .failure(FormPackErrors(sorted)), untranslated: untranslated)
    }

    /// A YAML syntax error, with its position and without quoting the file.
    static func syntaxError(_ error: YAMLSyntaxError, path: String) -> LoadError {
        if case .duplicateKey = error.problem {
            return LoadError(path: path, line: error.mark.line, column: error.mark.column,
                problem: Phrase { words in error.detail(in: words) })
        }
        let key = error.isAtEnd ? "load.yaml.syntax-at-end" : "load.yaml.syntax"
        return LoadError(path: path, line: error.mark.line, column: error.mark.column,
            problem: Phrase { words in words(key, ["detail": error.detail(in: words)]) })
    }

    private static func firstError(of result: Result<FormPack, FormPackErrors>)
        throws(LoadError) -> FormPack
    {
        switch result {
        case .success(let pack):
            return pack
        case .failure(let problems):
            guard var first = problems.errors.first else {
                throw LoadError(path: "", problem: Phrase { words in words["pack.invalid"] })
            }
            if problems.errors.count > 1 {
                let more = problems.errors.count - 1
                let path = first.path
                first.problem = first.problem + Phrase { words in
                    " " + words("pack.more-problems", ["count": String(more), "path": path])
                }
            }
            throw first
        }
    }
}
