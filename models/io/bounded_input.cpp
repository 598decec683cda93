#include "io/bounded_input.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace engage {

BoundedInput BoundedInputReader::read(const QString& path, qint64 maxBytes)
{
    BoundedInput result;
    const bool isStdin = path == QLatin1String("-");
    const QString source = isStdin ? tr("Standard input") : path;
    QFile file;
    bool opened = false;
    if (isStdin) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else if (QFileInfo(path).isDir()) {
        result.error = tr("%1 is a directory, not a file.").arg(path);
        return result;
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        result.error = tr("%1 could not be opened: %2.").arg(source, file.errorString());
        return result;
    }
    result.bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("%1 could not be read: %2.").arg(source, file.errorString());
        result.bytes.clear();
    }
    return result;
}

} // namespace engage
