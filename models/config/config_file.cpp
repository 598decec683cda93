#include "config/config_file.h"

#include "config/config_reader.h"
#include "config/config_validator.h"
#include "config/config_writer.h"
#include "json/json_pointer.h"

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

bool ConfigLoadResult::holdsConfiguration() const
{
    return config &&
           std::none_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic& diagnostic) {
               return diagnostic.code == DiagnosticCode::FormatInvalid ||
                      diagnostic.code == DiagnosticCode::VersionUnsupported;
           });
}

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
    return AtomicFile::write(fileContent(path, config, options));
}

FileContent ConfigFile::fileContent(const QString& path, const CommunityConfig& config,
                                    const SaveOptions& options)
{
    const CommunityConfig written = options.redactSecrets ? config.withSecretsRedacted() : config;
    return {path, canonicalJson(written), written.holdsSecrets()};
}

Diagnostics ConfigFile::notWrittenAsRead(const Diagnostics& loadDiagnostics)
{
    Diagnostics notWritten;
    for (const Diagnostic& diagnostic : loadDiagnostics) {
        switch (diagnostic.code) {
        case DiagnosticCode::MemberTypeInvalid:
        case DiagnosticCode::FormatInvalid:
        case DiagnosticCode::VersionUnsupported:
            notWritten.append(diagnostic);
            break;
        default:
            break;
        }
    }
    return notWritten;
}

QString ConfigFile::whyNotWrittenAsRead(const Diagnostic& diagnostic)
{
    switch (diagnostic.code) {
    case DiagnosticCode::FormatInvalid:
        return tr("the file does not declare the format \"engage-messaging-community\", which "
                  "would be written in its place");
    case DiagnosticCode::VersionUnsupported:
        return tr("the file does not declare version 1, which would be written in its place");
    default:
        return tr("its value has the wrong JSON type and cannot be written as it is");
    }
}

} // namespace engage
