import Foundation
import StayformPersistence

extension KeystrokeBenchmark {
    /// A resources folder (`Forms/` + `Themes/`) holding a generated pack of `sections` ×
    /// `fieldsPerSection` text fields, and the shipped themes; returns the pack's id, or why
    /// it could not be made.
    static func writeGeneratedPack(
        in root: URL, sections: Int, fieldsPerSection: Int
    ) -> Result<String, GeneratedPackError> {
        let id = "bench-\(sections * fieldsPerSection)"
        let forms = root.appendingPathComponent("Forms", isDirectory: true)
        let themes = root.appendingPathComponent("Themes", isDirectory: true)
        guard let shipped = ResourceLocator.forRunningBinary(environment: ProcessInfo.processInfo.environment)
        else { return .failure(GeneratedPackError(description: "cannot find the shipped Themes/ to copy")) }
        var text = """
            format: 1
            id: \(id)
            title: Benchmark, \(sections * fieldsPerSection) fields
            edition: "1"
            effective: 2026-01-01
            languages: [en]
            sections:

            """
        for section in 1...sections {
            text += """
                  - id: s\(section)
                    code: "\(section)"
                    title: Section \(section)
                    fields:

                """
            for field in 1...fieldsPerSection {
                text += """
                          - id: f\(section)-\(field)
                            code: "\(section).\(field)"
                            label: Question \(section).\(field)
                            type: text
                            help: Any text.

                    """
            }
        }
        let url = forms.appendingPathComponent("\(id).yaml")
        do {
            try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: shipped.themesDirectory, to: themes)
            try text.write(to: url, atomically: false, encoding: .utf8)
        } catch {
            return .failure(GeneratedPackError(description: "cannot write the generated pack: \(error.localizedDescription)"))
        }
        switch FormPackLoader.validate(contentsOf: url) {
        case .success(let pack) where pack.sections.flatMap(\.fields).count == sections * fieldsPerSection:
            return .success(id)
        case .success:
            return .failure(GeneratedPackError(description: "the generated pack lost fields"))
        case .failure(let problems):
            return .failure(GeneratedPackError(description: "the generated pack is not valid: \(problems)"))
        }
    }

    /// Why the generated pack could not be made.
    struct GeneratedPackError: Error, CustomStringConvertible {
        let description: String
    }
}
