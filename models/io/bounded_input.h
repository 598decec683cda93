#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>
#include <QString>

#include <optional>

namespace engage {

// What reading a file or standard input gave: at most maxBytes + 1 bytes, so that the caller
// can tell "too large" without the input ever being held whole in memory; or an error.
struct BoundedInput
{
    QByteArray bytes;
    std::optional<QString> error; // translated, names the file and the problem
    // The whole input's size when it is known without reading it all (a regular file, also
    // behind standard input), so that a too large file can be reported with its real size.
    std::optional<qint64> totalSize;

    bool exceeds(qint64 maxBytes) const { return bytes.size() > maxBytes; }
};

class BoundedInputReader
{
    Q_DECLARE_TR_FUNCTIONS(engage::BoundedInputReader)

public:
    // Opens a file, or standard input for "-", for reading as a stream. Returns a translated
    // error naming the file (a directory, a missing file, a closed standard input, ...) or
    // std::nullopt on success.
    static std::optional<QString> open(QFile& file, const QString& path);

    // "-" reads standard input, to its end however a pipe delivers it. A directory or an
    // unreadable file is an error.
    static BoundedInput read(const QString& path, qint64 maxBytes);

    // QFileDevice::read(), except that a descriptor with nothing to read yet is waited for
    // instead of failing with EAGAIN. Standard input can be a pipe that another process made
    // non-blocking: the flag belongs to the open pipe, shared with that process, so it is left
    // as it is.
    static qint64 readWaiting(QFileDevice& file, char* data, qint64 maxSize);
};

} // namespace engage
