#include "io/atomic_file.h"

#include "io/regular_file_check.h"
#include "text/untrusted_text.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace engage {

namespace {

std::filesystem::path filesystemPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Writes a file's whole content into its temporary file, not yet renamed over the target.
std::optional<QString> prepare(QSaveFile& file, const FileContent& content)
{
    // A FIFO or a device is no place for a file of ours: the rename would put a plain file in
    // its place, and keeping its content aside (writeBoth) would read from it.
    if (const std::optional<QString> problem = RegularFileCheck::problem(content.path))
        return AtomicFile::tr("%1 Nothing was written.").arg(*problem);
    // The messages name the file for people, on a terminal too: its name is shown escaped, and
    // so is QSaveFile's error, which can quote the name ("Existing file %1 is not writable").
    const QString shown = UntrustedText::forDisplay(content.path);
    // Unbuffered, so that a short write (a full disk, a file size limit) is seen by write()
    // itself: with Qt's buffer a failed final flush can go unnoticed by commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return AtomicFile::tr("%1 could not be written: %2.")
            .arg(shown, UntrustedText::forDisplay(file.errorString()));
    // Set on the temporary file before any byte is written, so that a secret is never readable
    // by others, not even for a moment; the rename then carries the permissions over.
    if (content.ownerOnly &&
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return AtomicFile::tr("%1 could not be made private to its owner: %2.")
            .arg(shown, file.errorString());
    }
    const qint64 written = file.write(content.bytes);
    if (written != content.bytes.size()) {
        return AtomicFile::tr("%1 could not be written: only %2 of %3 bytes could be stored (is "
                              "the disk full?). The previous file, if any, is unchanged.")
            .arg(shown)
            .arg(std::max<qint64>(written, 0))
            .arg(content.bytes.size());
    }
    return std::nullopt;
}

// Copies a file's current content into `copy`, beside it (on the same file system, so that it
// can be renamed back), with the file's permissions.
std::optional<QString> copyAside(const QString& path, QTemporaryFile& copy)
{
    QFile current(path);
    const QString shown = UntrustedText::forDisplay(path);
    copy.setFileTemplate(path + QStringLiteral(".XXXXXX"));
    if (!current.open(QIODevice::ReadOnly) || !copy.open()) {
        return AtomicFile::tr("%1 could not be kept aside before being replaced: %2.")
            .arg(shown, current.isOpen() ? copy.errorString() : current.errorString());
    }
    constexpr qint64 chunkSize = 1024 * 1024;
    while (!current.atEnd()) {
        const QByteArray chunk = current.read(chunkSize);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size()) {
            return AtomicFile::tr("%1 could not be kept aside before being replaced: %2.")
                .arg(shown, chunk.isEmpty() ? current.errorString() : copy.errorString());
        }
    }
    if (!copy.flush() || !copy.setPermissions(current.permissions())) {
        return AtomicFile::tr("%1 could not be kept aside before being replaced: %2.")
            .arg(shown, copy.errorString());
    }
    copy.close();
    return std::nullopt;
}

} // namespace

std::optional<QString> AtomicFile::write(const FileContent& content)
{
    QSaveFile file(content.path);
    if (const std::optional<QString> error = prepare(file, content))
        return error;
    if (!file.commit())
        return tr("%1 could not be written: %2. The previous file, if any, is unchanged.")
            .arg(UntrustedText::forDisplay(content.path),
                 UntrustedText::forDisplay(file.errorString()));
    return std::nullopt;
}

std::optional<QString> AtomicFile::writeBoth(const FileContent& first, const FileContent& second)
{
    // The file names shown to people, escaped (see prepare()).
    const QString firstShown = UntrustedText::forDisplay(first.path);
    const QString secondShown = UntrustedText::forDisplay(second.path);
    const auto nothingChanged = [&firstShown, &secondShown](const QString& problem) {
        return tr("%1 Neither %2 nor %3 was changed.").arg(problem, firstShown, secondShown);
    };
    QSaveFile firstFile(first.path);
    QSaveFile secondFile(second.path);
    if (const auto error = prepare(firstFile, first))
        return nothingChanged(*error);
    if (const auto error = prepare(secondFile, second))
        return nothingChanged(*error);

    // The first file is put back by a rename, which needs no room on the disk.
    const QFileInfo firstTarget(first.path);
    const bool firstExisted = firstTarget.exists();
    // Through a symbolic link, QSaveFile replaces the file it points to: so does the put-back.
    const QString firstPath = firstExisted ? firstTarget.canonicalFilePath() : first.path;
    QTemporaryFile previous;
    if (firstExisted) {
        if (const auto error = copyAside(firstPath, previous))
            return nothingChanged(*error);
    }

    if (!firstFile.commit())
        return nothingChanged(
            tr("%1 could not be written: %2.")
                .arg(firstShown, UntrustedText::forDisplay(firstFile.errorString())));
    if (secondFile.commit())
        return std::nullopt;

    const QString problem =
        tr("%1 could not be written: %2.")
            .arg(secondShown, UntrustedText::forDisplay(secondFile.errorString()));
    if (firstExisted) {
        std::error_code renameError;
        std::filesystem::rename(filesystemPath(previous.fileName()), filesystemPath(firstPath),
                                renameError);
        // Renamed, or kept for the person to recover it by hand: not removed either way.
        previous.setAutoRemove(false);
        if (renameError) {
            return tr("%1 %2 was replaced and could not be given back its previous content (%3), "
                      "which is kept in %4.")
                .arg(problem, firstShown, QString::fromLocal8Bit(renameError.message()),
                     UntrustedText::forDisplay(previous.fileName()));
        }
    } else if (!QFile::remove(first.path)) {
        return tr("%1 %2 was written before and could not be removed again.")
            .arg(problem, firstShown);
    }
    return nothingChanged(problem);
}

} // namespace engage
