#include "io/bounded_input.h"

#include "text/untrusted_text.h"

#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace engage {

namespace {

// What each read asks for: the buffer grows by this step, never past the cap.
constexpr qint64 readBlockSize = 1024 * 1024;

// The bytes left to read in a regular file, standard input redirected from one included;
// std::nullopt for a pipe, a terminal or a device, whose length is known only at its end.
std::optional<qint64> remainingSize(int descriptor)
{
    struct stat status = {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode))
        return std::nullopt;
    const off_t position = ::lseek(descriptor, 0, SEEK_CUR);
    return std::max<qint64>(status.st_size - std::max<off_t>(position, 0), 0);
}

} // namespace

std::optional<QString> BoundedInputReader::open(QFile& file, const QString& path)
{
    if (path == QLatin1String("-")) {
        // engagectl holds a closed standard input open write-only (see its main), so that
        // descriptor 0 never becomes a file of its own; either way there is nothing to read.
        const int flags = ::fcntl(STDIN_FILENO, F_GETFL);
        if (flags == -1 || (flags & O_ACCMODE) == O_WRONLY)
            return tr("Standard input is closed or cannot be read; give a file name instead "
                      "of \"-\", or pipe or redirect the input.");
        if (!file.open(stdin, QIODevice::ReadOnly))
            return tr("Standard input could not be opened: %1.").arg(file.errorString());
        return std::nullopt;
    }
    // The messages are read by people, on a terminal too: the file name is shown escaped.
    if (QFileInfo(path).isDir())
        return tr("%1 is a directory, not a file.").arg(UntrustedText::forDisplay(path));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 could not be opened: %2.")
            .arg(UntrustedText::forDisplay(path), file.errorString());
    return std::nullopt;
}

BoundedInput BoundedInputReader::read(const QString& path, qint64 maxBytes)
{
    BoundedInput result;
    QFile file;
    result.error = open(file, path);
    if (result.error)
        return result;
    result.totalSize = remainingSize(file.handle());
    const qint64 limit = maxBytes + 1;
    result.bytes.reserve(std::min(result.totalSize.value_or(readBlockSize), limit));
    // A read of a pipe gives what the pipe holds at that moment (Qt reads standard input
    // without blocking while data is there): read until the end, or until one byte past the
    // cap tells "too large".
    while (result.bytes.size() < limit) {
        const qint64 filled = result.bytes.size();
        result.bytes.resize(std::min(filled + readBlockSize, limit));
        const qint64 read =
            readWaiting(file, result.bytes.data() + filled, result.bytes.size() - filled);
        result.bytes.resize(filled + std::max<qint64>(read, 0));
        if (read < 0) {
            const QString source =
                path == QLatin1String("-") ? tr("Standard input") : UntrustedText::forDisplay(path);
            result.error = tr("%1 could not be read: %2.").arg(source, file.errorString());
            result.bytes.clear();
            return result;
        }
        if (read == 0)
            break;
    }
    return result;
}

qint64 BoundedInputReader::readWaiting(QFileDevice& file, char* data, qint64 maxSize)
{
    for (;;) {
        errno = 0;
        const qint64 read = file.read(data, maxSize);
        if (read >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
            return read;
        // Until there are bytes, the end or an error to read; an interrupted wait reads again.
        pollfd readable = {file.handle(), POLLIN, 0};
        ::poll(&readable, 1, -1);
    }
}

} // namespace engage
