/// The kind of program file found by ``AttachmentKind``.
public enum ExecutableFormat: Hashable, Sendable {
    case elf
    case windowsPortableExecutable
    case machO
}
