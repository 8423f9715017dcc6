import Foundation
import StayformCore
import StayformPersistence

/// The shipped packs and themes the running binary found.
struct Resources: Sendable {
    let locator: ResourceLocator

    /// The pack a new draft uses when none is named.
    static let defaultFormID = "stay-permit-extension"

    static func locate(environment: [String: String]) throws(CommandFailure) -> Resources {
        guard let locator = ResourceLocator.forRunningBinary(environment: environment) else {
            throw CommandFailure("""
                cannot find the form packs and themes (folders Forms/ and Themes/) next to the \
                program. Reinstall with `make install`, or set STAYFORM_RESOURCES to the folder \
                that holds them.
                """)
        }
        return Resources(locator: locator)
    }

    /// The pack with `id`, from `Forms/<id>.yaml`.
    func pack(id: String) throws(CommandFailure) -> FormPack {
        let url = locator.formsDirectory.appendingPathComponent("\(id).yaml")
        do {
            return try FormPackLoader.load(contentsOf: url)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
