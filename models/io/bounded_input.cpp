#include "io/bounded_input.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace engage {

namespace {

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
        if (!file.open(stdin, QIODevice::ReadOnly))
            return tr("Standard input could not be opened: %1.").arg(file.errorString());
        return std::nullopt;
    }
    if (QFileInfo(path).isDir())
        return tr("%1 is a directory, not a file.").arg(path);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 could not be opened: %2.").arg(path, file.errorString());
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
    result.bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        const QString source = path == QLatin1String("-") ? tr("Standard input") : path;
        result.error = tr("%1 could not be read: %2.").arg(source, file.errorString());
        result.bytes.clear();
    }
    return result;
}

} // namespace engage
