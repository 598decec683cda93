#include "config/private_key_paths.h"

#include "crypto/pem_key.h"
#include "json/json_pointer.h"

#include <vector>

namespace engage {

bool holdsPrivateKey(const JsonValue::Member& member)
{
    if (holdsPrivateKey(member.first))
        return true;
    // A list of values still to look at rather than recursion: the depth is the file's.
    std::vector<const JsonValue*> pending{&member.second};
    while (!pending.empty()) {
        const JsonValue* current = pending.back();
        pending.pop_back();
        if (current->isString() && holdsPrivateKey(current->text()))
            return true;
        for (const JsonValue& item : current->items())
            pending.push_back(&item);
        for (const JsonValue::Member& nested : current->members()) {
            if (holdsPrivateKey(nested.first))
                return true;
            pending.push_back(&nested.second);
        }
    }
    return false;
}

namespace {

// Where a member sits: an object's pointer, or a list and an index whose pointer is built only
// when something is found there, since live validation runs this search after every keystroke
// over lists of ten thousand entries.
struct ObjectPath
{
    QString pointer;
    qsizetype index = -1;

    QString toString() const { return index < 0 ? pointer : jsonPointerAppend(pointer, index); }
};

class PrivateKeySearch
{
public:
    QStringList run(const CommunityConfig& config)
    {
        const ObjectPath community{QStringLiteral("/community")};
        text(community, u"id", config.community.id);
        text(community, u"name", config.community.name);
        text(community, u"server", config.community.server);
        unknown(community, config.community.unknownMembers);
        text(ObjectPath(), u"signed_identities", config.signedIdentities);
        for (qsizetype index = 0; index < config.customFields.size(); ++index) {
            const CustomField& field = config.customFields[index];
            const ObjectPath path{QStringLiteral("/custom_fields"), index};
            text(path, u"key", field.key);
            text(path, u"label", field.label);
            text(path, u"type", field.type);
            text(path, u"regex", field.regex);
            unknown(path, field.unknownMembers);
        }
        for (qsizetype index = 0; index < config.extraValuesMapping.size(); ++index) {
            const MappingRow& row = config.extraValuesMapping[index];
            const ObjectPath path{QStringLiteral("/extra_values_mapping"), index};
            text(path, u"key", row.key);
            text(path, u"field", row.field);
            unknown(path, row.unknownMembers);
        }
        for (qsizetype index = 0; index < config.jwtKeys.size(); ++index) {
            const JwtKey& key = config.jwtKeys[index];
            const ObjectPath path{QStringLiteral("/jwt_keys"), index};
            text(path, u"id", key.id);
            text(path, u"algorithm", key.algorithm);
            text(path, u"secret", key.secret);
            text(path, u"public_key", key.publicKey);
            unknown(path, key.unknownMembers);
        }
        unknown(ObjectPath(), config.unknownMembers);
        return std::move(m_paths);
    }

private:
    void text(const ObjectPath& objectPath, QStringView member, const QString& value)
    {
        if (holdsPrivateKey(value))
            m_paths.append(objectPath.toString() + QLatin1Char('/') + member.toString());
    }

    void text(const ObjectPath& objectPath, QStringView member, const std::optional<QString>& value)
    {
        if (value)
            text(objectPath, member, *value);
    }

    void unknown(const ObjectPath& objectPath, const UnknownMembers& members)
    {
        for (const JsonValue::Member& member : members) {
            if (holdsPrivateKey(member))
                m_paths.append(privateKeyMemberPath(objectPath.toString(), member.first));
        }
    }

    QStringList m_paths;
};

} // namespace

QString privateKeyMemberPath(const QString& objectPath, const QString& memberName)
{
    return holdsPrivateKey(memberName) ? objectPath : jsonPointerAppend(objectPath, memberName);
}

QStringList privateKeyPaths(const CommunityConfig& config)
{
    return PrivateKeySearch().run(config);
}

} // namespace engage
