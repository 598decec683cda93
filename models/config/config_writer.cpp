#include "config/config_writer.h"

#include "config/private_key_paths.h"
#include "crypto/pem_key.h"
#include "json/json_writer.h"

namespace engage {

namespace {

// Writes one JSON object whose members are written by the caller in a fixed order.
class ObjectWriter
{
public:
    ObjectWriter(QByteArray& out, int indent) : m_out(out), m_indent(indent) { m_out.append('{'); }

    ~ObjectWriter()
    {
        if (m_memberCount > 0) {
            m_out.append('\n');
            m_out.append(QByteArray(m_indent * 2, ' '));
        }
        m_out.append('}');
    }

    // docs/validation.md rsa_private_key: a private key is never written anywhere, whatever member
    // it was given in; the member is left out (privateKeyPaths lists them).
    void string(const char* name, const QString& value)
    {
        if (holdsPrivateKey(value))
            return;
        key(name);
        appendJsonString(m_out, value);
    }

    void null(const char* name)
    {
        key(name);
        m_out.append("null");
    }

    void number(const char* name, int value)
    {
        key(name);
        m_out.append(QByteArray::number(value));
    }

    // The members this version does not know, after the known ones, as they were read.
    void unknown(const UnknownMembers& members)
    {
        for (const JsonValue::Member& member : members) {
            if (holdsPrivateKey(member))
                continue; // docs/validation.md rsa_private_key: never written anywhere, name or
                          // value
            key(member.first);
            appendIndentedJson(m_out, member.second, childIndent());
        }
    }

    // Starts a member whose value the caller writes next.
    void key(const char* name) { key(QString::fromLatin1(name)); }
    void key(const QString& name)
    {
        m_out.append(m_memberCount++ > 0 ? ",\n" : "\n");
        m_out.append(QByteArray((m_indent + 1) * 2, ' '));
        appendJsonString(m_out, name);
        m_out.append(": ");
    }

    int childIndent() const { return m_indent + 1; }

private:
    QByteArray& m_out;
    int m_indent;
    int m_memberCount = 0;
};

template <typename Item, typename WriteItem>
void writeArray(ObjectWriter& parent, QByteArray& out, const char* name, const QList<Item>& items,
                WriteItem writeItem)
{
    parent.key(name);
    if (items.isEmpty()) {
        out.append("[]");
        return;
    }
    const int itemIndent = parent.childIndent() + 1;
    out.append('[');
    for (qsizetype index = 0; index < items.size(); ++index) {
        out.append(index > 0 ? ",\n" : "\n");
        out.append(QByteArray(itemIndent * 2, ' '));
        ObjectWriter item(out, itemIndent);
        writeItem(item, items[index]);
    }
    out.append('\n').append(QByteArray(parent.childIndent() * 2, ' ')).append(']');
}

// The admin API's body holds only the members it documents: the rows' and keys' unknown
// members belong to the file, and a typo in it is never sent to a server.
enum class Unknown { Write, Leave };

void writeMappingAndKeys(ObjectWriter& object, QByteArray& out, const CommunityConfig& config,
                         Unknown unknown)
{
    const bool writeUnknown = unknown == Unknown::Write;
    writeArray(object, out, "extra_values_mapping", config.extraValuesMapping,
               [writeUnknown](ObjectWriter& item, const MappingRow& row) {
                   item.string("key", row.key);
                   item.string("field", row.field);
                   if (writeUnknown)
                       item.unknown(row.unknownMembers);
               });
    writeArray(object, out, "jwt_keys", config.jwtKeys,
               [writeUnknown](ObjectWriter& item, const JwtKey& key) {
                   item.string("id", key.id);
                   item.string("algorithm", key.algorithm);
                   if (key.secret)
                       item.string("secret", *key.secret);
                   else if (key.algorithm == JwtAlgorithm::hs256)
                       item.null("secret");
                   if (key.publicKey)
                       item.string("public_key", *key.publicKey);
                   if (writeUnknown)
                       item.unknown(key.unknownMembers);
               });
}

} // namespace

QByteArray canonicalJson(const CommunityConfig& config)
{
    QByteArray out;
    {
        ObjectWriter root(out, 0);
        root.string("format", QStringLiteral("engage-messaging-community"));
        root.number("version", 1);
        if (!config.community.isEmpty()) {
            root.key("community");
            ObjectWriter community(out, root.childIndent());
            community.string("id", config.community.id);
            community.string("name", config.community.name);
            community.string("server", config.community.server);
            community.unknown(config.community.unknownMembers);
        }
        root.string("signed_identities", config.signedIdentities);
        writeArray(root, out, "custom_fields", config.customFields,
                   [](ObjectWriter& item, const CustomField& field) {
                       item.string("key", field.key);
                       item.string("label", field.label);
                       item.string("type", field.type);
                       if (field.regex)
                           item.string("regex", *field.regex);
                       item.unknown(field.unknownMembers);
                   });
        writeMappingAndKeys(root, out, config, Unknown::Write);
        root.unknown(config.unknownMembers);
    }
    out.append('\n');
    return out;
}

QByteArray messagingSettingsJson(const CommunityConfig& config,
                                 const std::optional<QString>& updatedAt)
{
    QByteArray out;
    {
        ObjectWriter root(out, 0);
        root.string("signed_identities", config.signedIdentities);
        writeMappingAndKeys(root, out, config, Unknown::Leave);
        if (updatedAt)
            root.string("updated_at", *updatedAt);
    }
    out.append('\n');
    return out;
}

} // namespace engage
