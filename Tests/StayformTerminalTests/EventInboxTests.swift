import Dispatch
import Glibc
import StayformTerminal
import StayformWizard
import Testing

/// The run loop's one queue: events from any thread, in order, and a descriptor that wakes it.
@Suite struct EventInboxTests {
    private static func isReadable(_ descriptor: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 1
    }

    @Test func eventsComeOutInTheOrderTheyWerePosted() {
        let inbox = EventInbox()
        inbox.post(.snapshotWritten(path: "a"))
        inbox.post(.saveFinished(.saved(time: "12:00:00")))
        #expect(inbox.take() == [.snapshotWritten(path: "a"), .saveFinished(.saved(time: "12:00:00"))])
        #expect(inbox.take().isEmpty)
    }

    @Test func aPostFromAnotherThreadWakesTheLoopUntilTaken() {
        let inbox = EventInbox()
        #expect(!Self.isReadable(inbox.wakeDescriptor))
        let posted = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            for index in 0..<1000 { inbox.post(.snapshotWritten(path: "\(index)")) }
            posted.signal()
        }
        posted.wait()
        #expect(Self.isReadable(inbox.wakeDescriptor))
        #expect(inbox.take() == (0..<1000).map { .snapshotWritten(path: "\($0)") })
        #expect(!Self.isReadable(inbox.wakeDescriptor))
    }
}
