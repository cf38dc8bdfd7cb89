using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Analyzers.Tests.Engine;

public sealed class DoubleBehaviourTests
{
    [Theory]
    [InlineData("FakeBackend", "Duplicati.Library.Interface.IBackend", "")]
    [InlineData("MockBackend", "Duplicati.Library.Interface.IBackend", "")]
    [InlineData("InMemoryBackend", "Duplicati.Library.Interface.IBackend", "")]
    [InlineData("NoOpEventManager", "MediaBrowser.Controller.Events.IEventManager", "")]
    [InlineData("NoopEventManager", "MediaBrowser.Controller.Events.IEventManager", "")]
    [InlineData("StubHandler", "System.Net.Http.HttpMessageHandler", "")]
    [InlineData("TestProviderEntry", "Duplicati.Library.Snapshots.ISourceProviderEntry", "")]
    [InlineData("LogSink", "Duplicati.Library.Logging.ILogDestination", "recording")]
    [InlineData("LogCapture", "Duplicati.Library.Logging.ILogDestination", "recording")]
    [InlineData("RecordingReportModule", "Duplicati.Library.Interface.IReportModule", "recording")]
    [InlineData("EventSpy", "MediaBrowser.Controller.Events.IEventManager", "recording")]
    [InlineData("RecordingMessageSink", "Duplicati.Library.Main.IMessageSink", "recording")]
    [InlineData("FakeRepository", "App.IRepository`1[TEntity]", "")]
    [InlineData("FakeBackend2", "Duplicati.Library.Interface.IBackend", "")]
    [InlineData("OtherFakeBackend", "Duplicati.Library.Interface.IBackend", "")]
    [InlineData("NoFreeSpaceBackend", "Duplicati.Library.Interface.IBackend", "nofreespace")]
    [InlineData("DeterministicErrorBackend", "Duplicati.Library.Interface.IStreamingBackend", "deterministicerror")]
    [InlineData("InactiveRecordingReportModule", "Duplicati.Library.Interface.IReportModule", "inactiverecording")]
    [InlineData("ThrowingStream", "System.IO.Stream", "throwing")]
    [InlineData("MacOSDiskImageHelper", "Duplicati.UnitTest.DiskImage.IDiskImageHelper", "macos")]
    [InlineData("WindowsDiskImageHelper", "Duplicati.UnitTest.DiskImage.IDiskImageHelper", "windows")]
    public void A_double_is_named_for_what_is_left_after_the_doubled_type_and_the_generic_words(string name, string doubled, string behaviour)
        => Assert.Equal(behaviour, DoubleBehaviour.Of(name, doubled));
}
