/// The width and height of a picture, in pixels.
public struct PixelSize: Hashable, Sendable, CustomStringConvertible {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// `400×600`.
    public var description: String { "\(width)×\(height)" }
}
