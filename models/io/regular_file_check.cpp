#include "io/regular_file_check.h"

#include "text/untrusted_text.h"

#include <QFile>

#include <cerrno>
#include <sys/stat.h>

namespace engage {

std::optional<QString> RegularFileCheck::problem(const QString& path)
{
    // stat(), not lstat(): a symbolic link to a regular file is written through, and the link
    // is kept. A path that cannot be examined is left to the open or the write to report, but
    // for a loop of links: the rename would replace the link with a file, and report success.
    // A dangling link (ENOENT) is allowed: writing creates its target.
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        if (errno == ELOOP)
            return tr("%1 is a loop of symbolic links. Choose a regular file.").arg(path);
        return std::nullopt;
    }
    if (S_ISREG(status.st_mode))
        return std::nullopt;
    // Read by people, on a terminal too: the file name is shown escaped.
    const QString shown = UntrustedText::forDisplay(path);
    if (S_ISDIR(status.st_mode))
        return tr("%1 is a directory, not a file. Choose a regular file.").arg(shown);
    if (S_ISFIFO(status.st_mode))
        return tr("%1 is a named pipe (FIFO), not a regular file. Choose a regular file.")
            .arg(shown);
    if (S_ISSOCK(status.st_mode))
        return tr("%1 is a socket, not a regular file. Choose a regular file.").arg(shown);
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        return tr("%1 is a device, not a regular file. Choose a regular file.").arg(shown);
    return tr("%1 is not a regular file. Choose a regular file.").arg(shown);
}

} // namespace engage
