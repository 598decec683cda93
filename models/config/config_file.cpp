#include "config/config_file.h"

#include "config/config_reader.h"
#include "config/config_validator.h"
#include "config/config_writer.h"
#include "io/regular_file_check.h"
#include "json/json_pointer.h"

#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <utility>

namespace engage {

namespace {

// A value whose JSON type is wrong was not read, so the value rules would only repeat
// the type error in other words: drop them at that member and below it.
Diagnostics withoutRulesOnMistypedMembers(Diagnostics valueDiagnostics,
                                          const Diagnostics& structure)
{
    QSet<QString> mistyped;
    for (const Diagnostic& diagnostic : structure) {
        if (diagnostic.code == DiagnosticCode::MemberTypeInvalid)
            mistyped.insert(diagnostic.path);
    }
    if (mistyped.isEmpty())
        return valueDiagnostics;
    valueDiagnostics.removeIf([&mistyped](const Diagnostic& diagnostic) {
        for (QString path = diagnostic.path; !path.isEmpty();
             path.truncate(path.lastIndexOf(QLatin1Char('/')))) {
            if (mistyped.contains(path))
                return true;
        }
        return false;
    });
    return valueDiagnostics;
}

} // namespace

BoundedInput ConfigFile::readBytes(const QString& path)
{
    return BoundedInputReader::read(path, maxConfigFileSize);
}

ConfigLoadResult ConfigFile::load(const BoundedInput& input)
{
    if (!input.exceeds(maxConfigFileSize))
        return load(QByteArrayView(input.bytes));
    // Only the cap and one byte were read: the real size comes from the file itself.
    ConfigLoadResult result;
    result.diagnostics.append(ConfigReader::tooLarge(input.totalSize));
    return result;
}

ConfigLoadResult ConfigFile::load(QByteArrayView utf8)
{
    ConfigReadResult read = ConfigReader::read(utf8);
    ConfigLoadResult result;
    result.diagnostics = read.diagnostics;
    if (!read.config)
        return result;

    result.diagnostics.append(
        withoutRulesOnMistypedMembers(ConfigValidator::validate(*read.config), read.diagnostics));
    for (Diagnostic& diagnostic : result.diagnostics)
        diagnostic.position = jsonPointerNearest(*read.document, diagnostic.path).position();
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& left, const Diagnostic& right) {
                         return std::make_pair(left.position.line, left.position.column) <
                                std::make_pair(right.position.line, right.position.column);
                     });
    result.config = std::move(read.config);
    return result;
}

std::optional<QString> ConfigFile::save(const QString& path, const CommunityConfig& config,
                                        const SaveOptions& options)
{
    if (const std::optional<QString> problem = RegularFileCheck::problem(path))
        return tr("%1 Nothing was written.").arg(*problem);
    const FileContent content = fileContent(path, config, options);
    QSaveFile file(path);
    // Unbuffered, so that a short write (a full disk, a file size limit) is seen by write()
    // itself: with Qt's buffer a failed final flush can go unnoticed by commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return tr("%1 could not be written: %2.").arg(path, file.errorString());
    // Set on the temporary file before any byte is written, so a secret is never readable by
    // others, not even for a moment; the rename then carries the permissions over.
    if (content.ownerOnly &&
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return tr("%1 could not be made private to its owner: %2.").arg(path, file.errorString());
    }
    const QByteArray& bytes = content.bytes;
    const qint64 writtenBytes = file.write(bytes);
    if (writtenBytes != bytes.size()) {
        file.cancelWriting();
        return tr("%1 could not be written: only %2 of %3 bytes could be stored (is the disk "
                  "full?). "
                  "The previous file, if any, is unchanged.")
            .arg(path)
            .arg(std::max<qint64>(writtenBytes, 0))
            .arg(bytes.size());
    }
    if (!file.commit())
        return tr("%1 could not be written: %2. The previous file, if any, is unchanged.")
            .arg(path, file.errorString());
    return std::nullopt;
}

FileContent ConfigFile::fileContent(const QString& path, const CommunityConfig& config,
                                    const SaveOptions& options)
{
    const CommunityConfig written = options.redactSecrets ? config.withSecretsRedacted() : config;
    return {path, canonicalJson(written), written.holdsSecrets()};
}

} // namespace engage
