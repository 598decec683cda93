#include "api/sync_record.h"

#include "api/server_url.h"
#include "config/config_diff.h"
#include "config/config_file.h"
#include "config/config_reader.h"
#include "config/config_writer.h"
#include "io/bounded_input.h"
#include "json/json_parser.h"
#include "json/json_writer.h"
#include "sync/settings_changes.h"
#include "text/untrusted_text.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace engage {

namespace {

const QString sidecarFormat = QStringLiteral("engage-sync-base");
// Fingerprints keep a base small: a few hundred bytes per row or key.
constexpr qint64 maxSidecarSize = 4 * 1024 * 1024;

bool isFingerprint(const std::optional<QString>& value)
{
    static const QRegularExpression form(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return !value || form.match(*value).hasMatch();
}

// A record edited by hand may hold a secret or a public key itself (pasted from the file):
// it is read as its fingerprint, so that no part of it is ever shown or written back, and it
// still compares equal to the same key on either side of a merge.
void fingerprintWhatIsNot(CommunityConfig& settings)
{
    for (JwtKey& key : settings.jwtKeys) {
        if (!isFingerprint(key.secret))
            key.secret = ConfigDiff::secretFingerprint(*key.secret);
        if (!isFingerprint(key.publicKey))
            key.publicKey = ConfigDiff::publicKeyFingerprint(*key.publicKey);
    }
}

} // namespace

SyncRecord SyncRecord::of(const QString& server, const QString& community, const QString& etag,
                          const CommunityConfig& settings)
{
    return {server, community, etag, fingerprintedSettings(settings)};
}

bool SyncRecord::operator==(const SyncRecord& other) const
{
    return server == other.server && communityId == other.communityId && etag == other.etag &&
           settings == other.settings;
}

bool SyncRecord::isFor(const QUrl& serverUrl, const QString& community) const
{
    return ServerUrl::isSameServer(server, serverUrl) && communityId == community;
}

SyncRecord::Fitness SyncRecord::fitness(const std::optional<SyncRecord>& base,
                                        const QString& fileCommunity, const QUrl& serverUrl,
                                        const QString& community)
{
    if (base && !base->isFor(serverUrl, community))
        return Fitness::OtherCommunity;
    // Checked even when the record fits: a record copied from another file fits the target
    // and would let that file's settings replace it unchecked.
    if (!fileCommunity.isEmpty() && fileCommunity != community)
        return Fitness::FileForOtherCommunity;
    return base ? Fitness::Fits : Fitness::Missing;
}

QString SyncRecord::pathFor(const QString& configPath)
{
    return configPath + QStringLiteral(".sync");
}

SyncRecordLoadResult SyncRecord::load(const QString& configPath)
{
    const QString path = pathFor(configPath);
    if (configPath == QLatin1String("-") || !QFileInfo::exists(path))
        return {};
    const BoundedInput input = BoundedInputReader::read(path, maxSidecarSize);
    if (input.error)
        return {std::nullopt, input.error};
    const JsonParseResult parsed = parseJson(input.bytes);
    const auto text = [&parsed](QStringView name) -> std::optional<QString> {
        const JsonValue* value = parsed.value ? parsed.value->member(name) : nullptr;
        return value && value->isString() ? std::optional<QString>(value->text()) : std::nullopt;
    };
    const std::optional<QString> format = text(u"format");
    const std::optional<QString> server = text(u"server");
    const std::optional<QString> community = text(u"community");
    const std::optional<QString> etag = text(u"etag");
    if (input.exceeds(maxSidecarSize) || format != sidecarFormat || !server || !community ||
        !etag) {
        return {std::nullopt,
                tr("%1 is not a sync record this program wrote; delete it and pull again.")
                    .arg(UntrustedText::forDisplay(path))};
    }
    SyncRecord base{*server, *community, *etag};
    if (const JsonValue* settings = parsed.value->member(u"settings")) {
        const ConfigReadResult read =
            ConfigReader::read(toCompactJson(*settings), ConfigReader::Shape::MessagingSettings);
        const bool malformed = std::any_of(
            read.diagnostics.cbegin(), read.diagnostics.cend(),
            [](const Diagnostic& diagnostic) { return diagnostic.severity() == Severity::Error; });
        if (!read.config || malformed) {
            return {std::nullopt,
                    tr("%1 is not a sync record this program wrote; delete it and pull again.")
                        .arg(UntrustedText::forDisplay(path))};
        }
        base.settings = *read.config;
        fingerprintWhatIsNot(*base.settings);
    }
    return {base, std::nullopt};
}

FileContent SyncRecord::fileContent(const QString& configPath) const
{
    std::vector<JsonValue::Member> members{
        {QStringLiteral("format"), JsonValue::makeString(sidecarFormat)},
        {QStringLiteral("server"), JsonValue::makeString(server)},
        {QStringLiteral("community"), JsonValue::makeString(communityId)},
        {QStringLiteral("etag"), JsonValue::makeString(etag)}};
    if (settings) {
        // `settings` holds fingerprints only (SyncRecord::of): no secret reaches the file.
        JsonParseResult written = parseJson(messagingSettingsJson(*settings));
        members.emplace_back(QStringLiteral("settings"), std::move(*written.value));
    }
    QByteArray bytes = toCompactJson(JsonValue::makeObject(std::move(members)));
    bytes.append('\n');
    return {pathFor(configPath), bytes, false};
}

std::optional<QString> SyncRecord::save(const QString& configPath) const
{
    return AtomicFile::write(fileContent(configPath));
}

std::optional<QString> SyncRecord::saveWith(const QString& configPath,
                                            const CommunityConfig& config) const
{
    return AtomicFile::writeBoth(ConfigFile::fileContent(configPath, config),
                                 fileContent(configPath));
}

} // namespace engage
