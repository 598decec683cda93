#include "config/config_diff.h"

#include "crypto/digest.h"
#include "crypto/pem_key.h"
#include "json/json_pointer.h"
#include "json/json_writer.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace engage {

namespace {

QString jsonText(const QString& value)
{
    QByteArray out;
    appendJsonString(out, value);
    return QString::fromUtf8(out);
}

QString optionalSecretText(const std::optional<QString>& secret)
{
    return secret ? jsonText(ConfigDiff::secretFingerprint(*secret)) : QStringLiteral("null");
}

QString optionalPublicKeyText(const std::optional<QString>& pem)
{
    return pem ? jsonText(ConfigDiff::publicKeyFingerprint(*pem)) : QStringLiteral("null");
}

QString optionalText(const std::optional<QString>& value)
{
    return value ? jsonText(*value) : QStringLiteral("null");
}

JsonValue string(const QString& value)
{
    return JsonValue::makeString(value);
}

QString objectText(std::vector<JsonValue::Member> members)
{
    return QString::fromUtf8(toCompactJson(JsonValue::makeObject(std::move(members))));
}

QString customFieldText(const CustomField& field)
{
    std::vector<JsonValue::Member> members{{QStringLiteral("key"), string(field.key)},
                                           {QStringLiteral("label"), string(field.label)},
                                           {QStringLiteral("type"), string(field.type)}};
    if (field.regex)
        members.emplace_back(QStringLiteral("regex"), string(*field.regex));
    return objectText(std::move(members));
}

QString mappingRowText(const MappingRow& row)
{
    return objectText(
        {{QStringLiteral("key"), string(row.key)}, {QStringLiteral("field"), string(row.field)}});
}

QString jwtKeyText(const JwtKey& key)
{
    std::vector<JsonValue::Member> members{{QStringLiteral("id"), string(key.id)},
                                           {QStringLiteral("algorithm"), string(key.algorithm)}};
    if (key.secret)
        members.emplace_back(QStringLiteral("secret"),
                             string(ConfigDiff::secretFingerprint(*key.secret)));
    if (key.publicKey)
        members.emplace_back(QStringLiteral("public_key"),
                             string(ConfigDiff::publicKeyFingerprint(*key.publicKey)));
    return objectText(std::move(members));
}

class Differ
{
public:
    ConfigChanges run(const CommunityConfig& before, const CommunityConfig& after,
                      ConfigDiff::Scope scope)
    {
        const bool whole = scope == ConfigDiff::Scope::WholeConfiguration;
        if (whole)
            compareCommunity(before.community, after.community);
        compare(QStringLiteral("/signed_identities"), jsonText(before.signedIdentities),
                jsonText(after.signedIdentities));
        if (whole)
            compareCustomFields(before.customFields, after.customFields);
        compareMapping(before.extraValuesMapping, after.extraValuesMapping);
        compareKeys(before.jwtKeys, after.jwtKeys);
        return std::move(m_changes);
    }

private:
    void compareCommunity(const CommunityInfo& before, const CommunityInfo& after)
    {
        const QString path = QStringLiteral("/community");
        if (before.isEmpty() != after.isEmpty()) {
            const auto text = [](const CommunityInfo& info) {
                return objectText({{QStringLiteral("id"), string(info.id)},
                                   {QStringLiteral("name"), string(info.name)},
                                   {QStringLiteral("server"), string(info.server)}});
            };
            addPresence(path, before.isEmpty() ? QString() : text(before),
                        after.isEmpty() ? QString() : text(after));
            return;
        }
        compare(path + QStringLiteral("/id"), jsonText(before.id), jsonText(after.id));
        compare(path + QStringLiteral("/name"), jsonText(before.name), jsonText(after.name));
        compare(path + QStringLiteral("/server"), jsonText(before.server), jsonText(after.server));
    }

    void compareCustomFields(const QList<CustomField>& before, const QList<CustomField>& after)
    {
        compareKeyed(
            QStringLiteral("/custom_fields"), before, after,
            [](const CustomField& field) { return field.key; }, customFieldText,
            [this](const QString& path, const CustomField& old, const CustomField& now) {
                compare(path + QStringLiteral("/label"), jsonText(old.label), jsonText(now.label));
                compare(path + QStringLiteral("/type"), jsonText(old.type), jsonText(now.type));
                compare(path + QStringLiteral("/regex"), optionalText(old.regex),
                        optionalText(now.regex));
            });
    }

    // Rows are matched by key, as keys are by ID: a row is what it copies, so a row removed
    // above another does not read as every later row changed. Their order matters to no
    // value Engage writes when keys are distinct, but it is what the file and the server hold:
    // a new order of the rows both sides have is one change of its own.
    void compareMapping(const QList<MappingRow>& before, const QList<MappingRow>& after)
    {
        const QString path = QStringLiteral("/extra_values_mapping");
        compareKeyed(
            path, before, after, [](const MappingRow& row) { return row.key; }, mappingRowText,
            [this](const QString& rowPath, const MappingRow& old, const MappingRow& now) {
                compare(rowPath + QStringLiteral("/field"), jsonText(old.field),
                        jsonText(now.field));
            });
        const QStringList beforeOrder = keysAlsoIn(before, after);
        const QStringList afterOrder = keysAlsoIn(after, before);
        if (beforeOrder != afterOrder)
            compare(path, keyListText(beforeOrder), keyListText(afterOrder));
    }

    static QStringList keysAlsoIn(const QList<MappingRow>& rows, const QList<MappingRow>& other)
    {
        QSet<QString> otherKeys;
        for (const MappingRow& row : other)
            otherKeys.insert(row.key);
        QStringList keys;
        for (const MappingRow& row : rows) {
            if (otherKeys.contains(row.key))
                keys.append(row.key);
        }
        return keys;
    }

    static QString keyListText(const QStringList& keys)
    {
        std::vector<JsonValue> items;
        for (const QString& key : keys)
            items.push_back(string(key));
        return QString::fromUtf8(toCompactJson(JsonValue::makeArray(std::move(items))));
    }

    void compareKeys(const QList<JwtKey>& before, const QList<JwtKey>& after)
    {
        compareKeyed(
            QStringLiteral("/jwt_keys"), before, after, [](const JwtKey& key) { return key.id; },
            jwtKeyText,
            [this](const QString& path, const JwtKey& old, const JwtKey& now) {
                compare(path + QStringLiteral("/algorithm"), jsonText(old.algorithm),
                        jsonText(now.algorithm));
                if (old.secret || now.secret)
                    compare(path + QStringLiteral("/secret"), optionalSecretText(old.secret),
                            optionalSecretText(now.secret));
                if (old.publicKey || now.publicKey)
                    compare(path + QStringLiteral("/public_key"),
                            optionalPublicKeyText(old.publicKey),
                            optionalPublicKeyText(now.publicKey));
            });
    }

    // Items matched by an identifying member: the n-th item with an identifier in `before`
    // pairs with the n-th item with the same identifier in `after`.
    template <typename Item, typename IdOf, typename TextOf, typename CompareItems>
    void compareKeyed(const QString& path, const QList<Item>& before, const QList<Item>& after,
                      IdOf idOf, TextOf textOf, CompareItems compareItems)
    {
        QHash<QString, QList<qsizetype>> unmatchedBefore;
        for (qsizetype index = 0; index < before.size(); ++index)
            unmatchedBefore[idOf(before[index])].append(index);
        std::vector<bool> matchedBefore(static_cast<std::size_t>(before.size()), false);
        ConfigChanges added;
        for (qsizetype index = 0; index < after.size(); ++index) {
            const QString itemPath = jsonPointerAppend(path, index);
            QList<qsizetype>& candidates = unmatchedBefore[idOf(after[index])];
            if (candidates.isEmpty()) {
                added.append(
                    {ConfigChange::Kind::Added, itemPath, QString(), textOf(after[index])});
                continue;
            }
            const qsizetype old = candidates.takeFirst();
            matchedBefore[static_cast<std::size_t>(old)] = true;
            compareItems(itemPath, before[old], after[index]);
        }
        for (qsizetype index = 0; index < before.size(); ++index) {
            if (!matchedBefore[static_cast<std::size_t>(index)])
                addPresence(jsonPointerAppend(path, index), textOf(before[index]), QString());
        }
        m_changes.append(added);
    }

    void compare(const QString& path, const QString& before, const QString& after)
    {
        if (before != after)
            m_changes.append({ConfigChange::Kind::Changed, path, before, after});
    }

    void addPresence(const QString& path, const QString& before, const QString& after)
    {
        m_changes.append(
            {before.isEmpty() ? ConfigChange::Kind::Added : ConfigChange::Kind::Removed, path,
             before, after});
    }

    ConfigChanges m_changes;
};

} // namespace

bool ConfigChange::operator==(const ConfigChange& other) const
{
    return kind == other.kind && path == other.path && before == other.before &&
           after == other.after;
}

ConfigChanges ConfigDiff::between(const CommunityConfig& before, const CommunityConfig& after,
                                  Scope scope)
{
    return Differ().run(before, after, scope);
}

QString ConfigDiff::secretFingerprint(const QString& secret)
{
    return QStringLiteral("sha256:") + sha256Hex(secret.toUtf8());
}

QString ConfigDiff::publicKeyFingerprint(const QString& pem)
{
    const PemKeyInspection inspection = inspectPemKey(pem.toUtf8());
    // A private key pasted by mistake is a secret too: only ever its hash of the text.
    if (inspection.kind != PemKeyKind::PrivateKey && !inspection.sha256Fingerprint.isEmpty())
        return QStringLiteral("sha256:") + inspection.sha256Fingerprint;
    return secretFingerprint(pem);
}

} // namespace engage
