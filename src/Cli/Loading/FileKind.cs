using System.Runtime.InteropServices;
using System.Text;

namespace Netra.Ssot.Cli.Loading;

/// <summary>What a path names, found without opening it.</summary>
internal enum FileKind
{
    Missing,
    RegularFile,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>
/// Tells a regular file from a FIFO, device or socket before anything opens it: opening a FIFO for reading blocks
/// until some other process writes to it, and reading a device may never end. .NET has no public API for the file
/// type, so on Unix this asks the runtime's own native library (<c>libSystem.Native</c>, which ships with every
/// .NET runtime and backs <see cref="FileInfo"/>) for <c>stat</c>'s mode. Symbolic links are followed.
/// </summary>
internal static class FileKinds
{
    // File type bits of st_mode; System.Native asserts they equal the platform's S_IF* values.
    private const int TypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int SocketType = 0xC000;

    // System.Native's FileStatus is about 130 bytes; Mode is the int32 at offset 4.
    private const int StatusBufferSize = 512;
    private const int ModeOffset = 4;

    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        return OperatingSystem.IsWindows() ? FileKind.RegularFile : UnixKind(path);
    }

    /// <summary>How a message names the kind: "a FIFO (named pipe)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a directory",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    private static FileKind UnixKind(string path)
    {
        byte[] nativePath = Encoding.UTF8.GetBytes(path + "\0");
        byte[] status = new byte[StatusBufferSize];
        try
        {
            if (Stat(nativePath, status) != 0)
            {
                // Gone between the checks, or not ours to stat: reading it will report the real error.
                return FileKind.RegularFile;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without System.Native's stat: fall back to what .NET itself can tell (file or directory).
            return FileKind.RegularFile;
        }

        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
        {
            FifoType => FileKind.Fifo,
            CharacterDeviceType => FileKind.CharacterDevice,
            BlockDeviceType => FileKind.BlockDevice,
            SocketType => FileKind.Socket,
            DirectoryType => FileKind.Directory,
            _ => FileKind.RegularFile,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] path, byte[] status);
}
