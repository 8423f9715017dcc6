import PropertyBased
import StayformCore
import Testing

/// File paths as terminals paste a dropped file and shells quote them read back as the path.
@Suite struct DroppedPathTests {
    @Test(arguments: [
        ("'/tmp/files/passport scan.pdf'", "/tmp/files/passport scan.pdf"),  // GNOME, Konsole
        ("\"/tmp/files/passport scan.pdf\"", "/tmp/files/passport scan.pdf"),
        ("/tmp/files/passport\\ scan\\ \\(1\\).pdf", "/tmp/files/passport scan (1).pdf"),  // macOS Terminal, iTerm
        ("file:///tmp/files/passport%20scan.pdf", "/tmp/files/passport scan.pdf"),
        ("file://localhost/tmp/x%C3%BC.pdf", "/tmp/xü.pdf"),
        ("  '/tmp/a.pdf' \n", "/tmp/a.pdf"),
        ("'/tmp/it'\\''s.pdf'", "/tmp/it's.pdf"),
        ("~/scans/photo.jpg", "~/scans/photo.jpg"),
        ("files/photo.jpg", "files/photo.jpg"),
        ("/tmp/100%.pdf", "/tmp/100%.pdf"),
        ("file:///tmp/bad%zz.pdf", "/tmp/bad%zz.pdf"),
    ])
    func readsThePathAsMeant(dropped: String, path: String) {
        #expect(DroppedPath.plain(dropped) == path)
    }

    /// Any path, quoted the way a terminal quotes a dropped file, reads back as itself.
    @Test func everyQuotingReadsBackTheSamePath() async {
        let characters = Array("abcXYZ019 ()[]&'\"$-_.üé山/")
        await propertyCheck(count: 500, input: Gen.int(in: 0..<characters.count).array(of: 1...30)) { indices in
            let path = "/" + String(indices.map { characters[$0] })
            let singleQuoted = "'" + path.replacing("'", with: "'\\''") + "'"
            #expect(DroppedPath.plain(singleQuoted) == path)
            var escaped = ""
            for character in path {
                if " ()[]&'\"$\\".contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
            #expect(DroppedPath.plain(escaped) == path)
            let encoded = path.utf8.map { byte -> String in
                let safe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2F
                return safe ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }.joined()
            #expect(DroppedPath.plain("file://" + encoded) == path)
        }
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
