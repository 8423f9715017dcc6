import SystemPackage

/// A draft could not be saved durably: the draft on disk is the previous one, whole (or, when
/// only the final folder flush failed, possibly the new one, but not yet safe from a power cut).
///
/// The message says which step failed and what to do, and never quotes the draft's content.
public struct DraftSaveError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The step of a durable save that failed.
    public enum Step: String, Hashable, Sendable {
        case createDirectory = "creating the draft folder"
        case checkExisting = "checking the draft on disk"
        case createTemporary = "creating a temporary file"
        case write = "writing"
        case synchronize = "flushing to disk"
        case backup = "keeping the previous version as a backup"
        case replace = "replacing the draft"
        case synchronizeDirectory = "flushing the folder to disk"
    }

    /// The draft file.
    public var path: String
    public var step: Step
    /// The system error, when a system call failed.
    public var errno: Errno?
    /// What is wrong and what to do, without the path.
    public var message: String

    public init(path: String, step: Step, errno: Errno?, message: String? = nil) {
        self.path = path
        self.step = step
        self.errno = errno
        self.message = message ?? Self.advice(step: step, errno: errno)
    }

    public var description: String { "\(path): not saved: \(message)" }

    private static func advice(step: Step, errno: Errno?) -> String {
        let what: String
        switch errno {
        case .noSpace?: what = "the disk is full; free some space"
        case .diskQuotaExceeded?: what = "your disk quota is used up; free some space"
        case .permissionDenied?, .notPermitted?: what = "permission denied; check that you may write to the draft's folder"
        case .readOnlyFileSystem?: what = "the disk is read-only; choose another place for the draft with --draft"
        case .ioError?: what = "the disk reported an input/output error; check the disk, and copy the draft elsewhere"
        case let other?: what = "\(other) (errno \(other.rawValue))"
        case nil: what = "unexpected failure"
        }
        return "\(step.rawValue) failed: \(what)"
    }
}
