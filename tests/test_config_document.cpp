// The editing layer: every edit is one undo step that undo reverses exactly, the item models
// follow the document (checked by QAbstractItemModelTester), cells carry their diagnostics,
// and a private key never enters the document.

#include "config/config_file.h"
#include "document/config_document.h"
#include "document/custom_field_table_model.h"
#include "document/diagnostic_list_model.h"
#include "document/jwt_key_list_model.h"
#include "document/mapping_table_model.h"
#include "support/openssl_fixtures.h"
#include "support/sample_config.h"
#include "support/unknown_members_text.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocumentFragment>

#include <functional>
#include <type_traits>
#include <utility>

using namespace engage;

namespace {

bool hasCode(const Diagnostics& diagnostics, DiagnosticCode code, const QString& path)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [&](const Diagnostic& d) { return d.code == code && d.path == path; });
}

// A configuration with members this version does not know at every level (docs/file-format.md).
ConfigLoadResult loadWithUnknownMembers()
{
    return ConfigFile::load(R"({"format": "engage-messaging-community", "version": 1,
        "community": {"id": "c", "name": "Chat", "server": "", "region": "eu"},
        "custom_fields": [{"key": "customer_id", "label": "Customer id", "type": "string",
                           "max_length": 9}],
        "extra_values_mapping": [{"key": "a", "field": "email", "note": "A"},
                                 {"key": "b", "field": "notes", "note": {"from": ["B"]}},
                                 {"key": "c", "field": "company"}],
        "jwt_keys": [{"id": "prod", "algorithm": "HS256", "secret": "9aeaf06388b8ab6487d1605b",
                      "rotate_after": 90}],
        "extra_value_mapping": [{"key": "x", "field": "email"}]})");
}

// A tooltip as Qt shows it: rendered as rich text when it looks like HTML.
QString shownToolTip(const QModelIndex& index)
{
    return QTextDocumentFragment::fromHtml(index.data(Qt::ToolTipRole).toString()).toPlainText();
}

// A call of one of the document's apply functions, which change the value with no undo step:
// only the document's undo commands may make it. Reachable<Call> says whether code outside the
// document could.
template <typename Document>
using ApplyInsert =
    decltype(std::declval<Document&>().applyInsert(0, std::declval<const CustomField&>()));
template <typename Document>
using ApplyTake = decltype(std::declval<Document&>().template applyTake<CustomField>(0));
template <typename Document>
using ApplyReplace =
    decltype(std::declval<Document&>().applyReplace(0, std::declval<const CustomField&>()));
template <typename Document>
using ApplyMove = decltype(std::declval<Document&>().applyMove(ConfigList::JwtKeys, 0, 1));
template <typename Document>
using ApplyCommunity =
    decltype(std::declval<Document&>().applyCommunity(std::declval<const CommunityInfo&>()));
template <typename Document>
using ApplyWholeValue =
    decltype(std::declval<Document&>().applyWholeValue(std::declval<const CommunityConfig&>()));
template <typename Document>
using ApplySignedIdentities = decltype(std::declval<Document&>().applySignedIdentities(QString()));
template <typename Document>
using ApplySettingsWithBase = decltype(std::declval<Document&>().applySettingsWithBase(
    std::declval<const CommunityConfig&>(), std::optional<SyncRecord>()));

template <template <typename> class Call, typename = void> struct Reachable : std::false_type
{
};
template <template <typename> class Call>
struct Reachable<Call, std::void_t<Call<ConfigDocument>>> : std::true_type
{
};

} // namespace

class TestConfigDocument : public QObject
{
    Q_OBJECT

private slots:
    void everyRowEditUndoesExactly();
    void everyPublicEditIsOneUndoStep();
    void onlyTheUndoCommandsChangeTheValue();
    void typingInOneFieldIsOneUndoStep();
    void typingBackToTheStartLeavesNothingToUndo();
    void modelsFollowTheDocument();
    void cellsCarryTheirDiagnostics();
    void toolTipsShowFileTextAsItIs();
    void fieldColumnShowsLabels();
    void privateKeyNeverEntersTheDocument();
    void resetDropsPrivateKeysAndKeepsStructureDiagnostics();
    void modificationFollowsSaveAndUndo();
    void undoingRemoteSettingsGivesTheirBaseBackToo();
    void appendedKeysGetUnusedIdsAndSecrets();
    void diagnosticLocationsReadAsWords();
    void remoteSettingsReplaceTheLocalOnesInOneStep();
    void refreshedCatalogueReplacesTheLocalOneInOneStep();
    void unknownMembersTravelWithTheirRowsThroughEditsAndUndo();
    void remoteSettingsKeepTheUnknownMembersOfRowsStillThere();
};

void TestConfigDocument::everyRowEditUndoesExactly()
{
    ConfigDocument document;
    document.reset(sampleConfig());
    const CommunityConfig original = document.config();

    QVERIFY(document.insertRow(1, MappingRow{QStringLiteral("email"), QStringLiteral("email")}));
    QVERIFY(document.replaceRow(0, MappingRow{QStringLiteral("cell"), QStringLiteral("notes")}));
    document.moveRow(ConfigList::ExtraValuesMapping, 0, 2);
    document.removeRows(ConfigList::ExtraValuesMapping, 0, 2);
    document.setSignedIdentities(SignedIdentities::accept);
    document.setCommunity({QStringLiteral("id"), QStringLiteral("name"), QString()});
    QVERIFY(document.insertRow(0, CustomField{QStringLiteral("vip"), QString(), QString(), {}}));
    document.removeRows(ConfigList::JwtKeys, 0, 1);
    const CommunityConfig edited = document.config();
    QCOMPARE(edited.extraValuesMapping,
             (QList<MappingRow>{{QStringLiteral("cell"), QStringLiteral("notes")}}));
    QCOMPARE(document.undoStack()->count(), 8);

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.config(), original);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(document.config(), edited);
}

void TestConfigDocument::everyPublicEditIsOneUndoStep()
{
    const CommunityConfig original = sampleConfig();
    CommunityConfig remote = original;
    remote.signedIdentities = SignedIdentities::accept;
    remote.jwtKeys.clear();
    const SyncRecord pulled = SyncRecord::of(QStringLiteral("https://acme.example/1.0"),
                                             QStringLiteral("c"), QStringLiteral("\"v1\""), remote);
    const CustomField vip{
        QStringLiteral("vip"), QStringLiteral("VIP"), QStringLiteral("string"), {}};
    const JwtKey staging{QStringLiteral("staging"), JwtAlgorithm::hs256,
                         QStringLiteral("0123456789abcdef01234567"), std::nullopt};
    const QList<std::pair<const char*, std::function<void(ConfigDocument&)>>> edits{
        {"setCommunity",
         [](ConfigDocument& document) {
             document.setCommunity({QStringLiteral("c"), QStringLiteral("Chat"), QString()});
         }},
        {"setSignedIdentities",
         [](ConfigDocument& document) { document.setSignedIdentities(SignedIdentities::accept); }},
        {"insertRow", [&vip](ConfigDocument& document) { QVERIFY(document.insertRow(1, vip)); }},
        {"insertRowToFillIn",
         [](ConfigDocument& document) {
             QVERIFY(document.insertRowToFillIn(2, MappingRow{QStringLiteral("email"), {}}));
         }},
        {"replaceRow",
         [&staging](ConfigDocument& document) { QVERIFY(document.replaceRow(0, staging)); }},
        {"removeRows",
         [](ConfigDocument& document) {
             document.removeRows(ConfigList::ExtraValuesMapping, 0, 2);
         }},
        {"moveRow",
         [](ConfigDocument& document) { document.moveRow(ConfigList::ExtraValuesMapping, 0, 1); }},
        {"replaceSettings",
         [&remote](ConfigDocument& document) { document.replaceSettings(remote); }},
        {"replaceSettings with a sync record",
         [&remote, &pulled](ConfigDocument& document) {
             document.replaceSettings(remote, pulled);
         }},
        {"replaceCatalogue",
         [&vip](ConfigDocument& document) { document.replaceCatalogue({vip}); }},
    };
    for (const auto& [name, edit] : edits) {
        ConfigDocument document;
        document.reset(original);
        edit(document);
        const CommunityConfig edited = document.config();
        QVERIFY2(edited != original, name);
        QVERIFY2(document.undoStack()->count() == 1, name);
        QVERIFY2(document.isModified(), name);
        document.undoStack()->undo();
        QVERIFY2(document.config() == original, name);
        QVERIFY2(!document.syncRecord(), name);
        QVERIFY2(!document.isModified(), name);
        document.undoStack()->redo();
        QVERIFY2(document.config() == edited, name);
    }
}

// Compile-time facts, checked here so that a failure names them: the apply functions are
// the undo commands' alone.
void TestConfigDocument::onlyTheUndoCommandsChangeTheValue()
{
    QVERIFY(!Reachable<ApplyInsert>::value);
    QVERIFY(!Reachable<ApplyTake>::value);
    QVERIFY(!Reachable<ApplyReplace>::value);
    QVERIFY(!Reachable<ApplyMove>::value);
    QVERIFY(!Reachable<ApplyCommunity>::value);
    QVERIFY(!Reachable<ApplyWholeValue>::value);
    QVERIFY(!Reachable<ApplySignedIdentities>::value);
    QVERIFY(!Reachable<ApplySettingsWithBase>::value);
}

void TestConfigDocument::typingInOneFieldIsOneUndoStep()
{
    ConfigDocument document;
    document.reset(sampleConfig());
    constexpr ConfigDocument::FieldTag idField = 1;
    JwtKey key = document.config().jwtKeys.first();
    for (const QString& id : {QStringLiteral("p"), QStringLiteral("pr"), QStringLiteral("pro")}) {
        key.id = id;
        QVERIFY(document.replaceRow(0, key, idField));
    }
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.config().jwtKeys.first().id, QStringLiteral("prod"));

    // Another field starts another step.
    key = document.config().jwtKeys.first();
    key.id = QStringLiteral("a");
    document.replaceRow(0, key, idField);
    key.secret = QStringLiteral("0123456789abcdef01234567");
    document.replaceRow(0, key, 2);
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestConfigDocument::typingBackToTheStartLeavesNothingToUndo()
{
    ConfigDocument document;
    document.reset(sampleConfig());
    CommunityInfo community = document.config().community;
    community.name = QStringLiteral("x");
    document.setCommunity(community, 1);
    community.name.clear();
    document.setCommunity(community, 1);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

void TestConfigDocument::modelsFollowTheDocument()
{
    ConfigDocument document;
    MappingTableModel mapping(&document);
    CustomFieldTableModel fields(&document);
    JwtKeyListModel keys(&document);
    DiagnosticListModel diagnostics(&document);
    QAbstractItemModelTester mappingTester(&mapping);
    QAbstractItemModelTester fieldsTester(&fields);
    QAbstractItemModelTester keysTester(&keys);
    QAbstractItemModelTester diagnosticsTester(&diagnostics);

    document.reset(sampleConfig());
    QCOMPARE(mapping.rowCount(), 2);
    QVERIFY(mapping.insertRows(2, 1));
    QVERIFY(
        mapping.setData(mapping.index(2, MappingTableModel::KeyColumn), QStringLiteral("order")));
    QVERIFY(
        mapping.setData(mapping.index(2, MappingTableModel::FieldColumn), QStringLiteral("notes")));
    QCOMPARE(document.config().extraValuesMapping.at(2),
             (MappingRow{QStringLiteral("order"), QStringLiteral("notes")}));
    QVERIFY(mapping.moveRows({}, 2, 1, {}, 0));
    QCOMPARE(mapping.index(0, 0).data().toString(), QStringLiteral("order"));
    QVERIFY(mapping.moveRows({}, 0, 1, {}, 2));
    QCOMPARE(mapping.index(1, 0).data().toString(), QStringLiteral("order"));
    QVERIFY(mapping.removeRows(0, 2));
    QCOMPARE(mapping.rowCount(), 1);

    QVERIFY(fields.insertRows(1, 1));
    QVERIFY(
        fields.setData(fields.index(1, CustomFieldTableModel::RegexColumn), QStringLiteral("[")));
    QCOMPARE(document.config().customFields.at(1).regex, std::optional(QStringLiteral("[")));
    QVERIFY(fields.setData(fields.index(1, CustomFieldTableModel::RegexColumn), QString()));
    QCOMPARE(document.config().customFields.at(1).regex, std::nullopt);

    QVERIFY(keys.appendKey(JwtAlgorithm::rs256));
    QCOMPARE(keys.rowCount(), 2);
    QVERIFY(diagnostics.rowCount() > 0);

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.config(), sampleConfig());
    QCOMPARE(mapping.rowCount(), 2);
}

void TestConfigDocument::cellsCarryTheirDiagnostics()
{
    ConfigDocument document;
    MappingTableModel mapping(&document);
    JwtKeyListModel keys(&document);
    CommunityConfig config = sampleConfig();
    config.extraValuesMapping.append({QStringLiteral(" padded"), QStringLiteral("notes")});
    config.jwtKeys.first().secret = QStringLiteral("9aeaf06388b8ab6487d1605");
    document.reset(config);

    const QModelIndex badKey = mapping.index(2, MappingTableModel::KeyColumn);
    QVERIFY(!badKey.data(Qt::DecorationRole).isNull());
    QVERIFY(shownToolTip(badKey).startsWith(QStringLiteral("Error: ")));
    QCOMPARE(mapping.pathOf(badKey), QStringLiteral("/extra_values_mapping/2/key"));
    QCOMPARE(mapping.indexOfPath(QStringLiteral("/extra_values_mapping/2/key")), badKey);
    QVERIFY(mapping.index(2, MappingTableModel::FieldColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(mapping.index(0, MappingTableModel::KeyColumn).data(Qt::ToolTipRole).isNull());

    // The key list marks a key when any of its members is wrong.
    QVERIFY(shownToolTip(keys.index(0, 0)).contains(QStringLiteral("24")));
    QCOMPARE(keys.indexOfPath(QStringLiteral("/jwt_keys/0/secret")), keys.index(0, 0));

    QSignalSpy changed(&mapping, &QAbstractItemModel::dataChanged);
    QVERIFY(mapping.setData(badKey, QStringLiteral("padded")));
    QVERIFY(!changed.isEmpty());
    QVERIFY(badKey.data(Qt::DecorationRole).isNull());
}

// A name read from the file that looks like HTML is shown as the characters it is, in the
// table's tooltips and in the diagnostics list: never rendered (an image, a link, bold text).
void TestConfigDocument::toolTipsShowFileTextAsItIs()
{
    ConfigDocument document;
    MappingTableModel mapping(&document);
    DiagnosticListModel diagnostics(&document);
    CommunityConfig config = sampleConfig();
    const QString hostile = QStringLiteral("custom_field:<img src=x><b>bold</b>");
    config.extraValuesMapping.append({QStringLiteral("visitor_tier"), hostile});
    document.reset(config);

    const QString cell = shownToolTip(mapping.index(2, MappingTableModel::FieldColumn));
    QVERIFY2(cell.contains(QStringLiteral("<img src=x><b>bold</b>")), qPrintable(cell));
    int found = 0;
    for (int row = 0; row < diagnostics.rowCount(); ++row) {
        const QString shown =
            shownToolTip(diagnostics.index(row, DiagnosticListModel::MessageColumn));
        if (shown.contains(QStringLiteral("<b>bold</b>")))
            ++found;
        QCOMPARE(shown,
                 diagnostics.index(row, DiagnosticListModel::MessageColumn).data().toString());
    }
    QVERIFY(found > 0);
}

void TestConfigDocument::fieldColumnShowsLabels()
{
    ConfigDocument document;
    MappingTableModel mapping(&document);
    document.reset(sampleConfig());
    QCOMPARE(mapping.index(0, 1).data().toString(), QStringLiteral("Mobile phone"));
    QCOMPARE(mapping.index(0, 1).data(Qt::EditRole).toString(), QStringLiteral("mobile_phone"));
    QCOMPARE(mapping.index(1, 1).data().toString(), QStringLiteral("Customer id (custom field)"));
}

void TestConfigDocument::privateKeyNeverEntersTheDocument()
{
    OpensslFixtures fixtures;
    ConfigDocument document;
    document.reset(sampleConfig());
    JwtKey key{QStringLiteral("rsa"), JwtAlgorithm::rs256, std::nullopt,
               QString::fromLatin1(fixtures.rsaPrivateKey())};
    QVERIFY(!document.insertRow(1, key));
    QVERIFY(!document.replaceRow(0, key));
    // Nor in the files of PuTTY and ssh.com, which hold no "PRIVATE KEY-----".
    key.publicKey = QStringLiteral("PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\n"
                                   "Public-Lines: 1\nAAAAB3NzaC1yc2E\nPrivate-Lines: 1\n"
                                   "PRIVATEPART\nPrivate-MAC: 00\n");
    QVERIFY(!document.insertRow(1, key));
    key.publicKey = QStringLiteral("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nPRIVATEPART\n"
                                   "---- END SSH2 ENCRYPTED PRIVATE KEY ----\n");
    QVERIFY(!document.replaceRow(0, key));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.config(), sampleConfig());
    // Opened from a file or recovered from an autosave, it is dropped as well.
    CommunityConfig opened = sampleConfig();
    opened.jwtKeys.append(key);
    QCOMPARE(document.reset(opened), 1);
    QVERIFY(!document.config().jwtKeys.constLast().publicKey);
}

void TestConfigDocument::resetDropsPrivateKeysAndKeepsStructureDiagnostics()
{
    OpensslFixtures fixtures;
    CommunityConfig config = sampleConfig();
    config.jwtKeys.append({QStringLiteral("rsa"), JwtAlgorithm::rs256, std::nullopt,
                           QString::fromLatin1(fixtures.rsaPrivateKey())});
    const Diagnostics fileDiagnostics = {
        {DiagnosticCode::MemberTypeInvalid, QStringLiteral("/community"), QStringLiteral("m"), {}},
        {DiagnosticCode::RsaPrivateKey,
         QStringLiteral("/jwt_keys/1/public_key"),
         QStringLiteral("m"),
         {}}};
    ConfigDocument document;
    QCOMPARE(document.reset(config, fileDiagnostics), 1);
    QCOMPARE(document.config().jwtKeys.at(1).publicKey, std::nullopt);
    const Diagnostics& diagnostics = document.diagnostics();
    QVERIFY(hasCode(diagnostics, DiagnosticCode::MemberTypeInvalid, QStringLiteral("/community")));
    QVERIFY(hasCode(diagnostics, DiagnosticCode::RsaPublicKeyInvalid,
                    QStringLiteral("/jwt_keys/1/public_key")));
    QVERIFY(!hasCode(diagnostics, DiagnosticCode::RsaPrivateKey,
                     QStringLiteral("/jwt_keys/1/public_key")));

    // Once saved, the file is canonical: its structure diagnostics are gone.
    document.markSaved();
    QVERIFY(!hasCode(document.diagnostics(), DiagnosticCode::MemberTypeInvalid,
                     QStringLiteral("/community")));
}

void TestConfigDocument::modificationFollowsSaveAndUndo()
{
    ConfigDocument document;
    document.reset(sampleConfig());
    QSignalSpy modified(&document, &ConfigDocument::modificationChanged);
    document.setSignedIdentities(SignedIdentities::accept);
    QVERIFY(document.isModified());
    document.markSaved();
    QVERIFY(!document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    document.undoStack()->redo();
    QVERIFY(!document.isModified());
    document.markUnsaved();
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 5);
}

void TestConfigDocument::appendedKeysGetUnusedIdsAndSecrets()
{
    ConfigDocument document;
    JwtKeyListModel keys(&document);
    QCOMPARE(keys.appendKey(JwtAlgorithm::hs256), std::optional(0));
    QCOMPARE(keys.appendKey(JwtAlgorithm::hs256), std::optional(1));
    const QList<JwtKey>& added = document.config().jwtKeys;
    QCOMPARE(added.at(0).id, QStringLiteral("key_1"));
    QCOMPARE(added.at(1).id, QStringLiteral("key_2"));
    QVERIFY(added.at(0).secret != added.at(1).secret);
    QVERIFY(!hasCode(document.diagnostics(), DiagnosticCode::HmacSecretInvalid,
                     QStringLiteral("/jwt_keys/0/secret")));
    QCOMPARE(keys.index(0, 0).data().toString(), QStringLiteral("key_1 (HS256)"));
}

void TestConfigDocument::diagnosticLocationsReadAsWords()
{
    const CommunityConfig config = sampleConfig();
    QCOMPARE(describeLocation(QStringLiteral("/jwt_keys/0/secret"), config),
             QStringLiteral("JWT key \u201cprod\u201d, secret"));
    QCOMPARE(describeLocation(QStringLiteral("/extra_values_mapping/1/field"), config),
             QStringLiteral("Mapping row 2, destination field"));
    QCOMPARE(describeLocation(QStringLiteral("/signed_identities"), config),
             QStringLiteral("Signed identities"));
    QCOMPARE(describeLocation(QString(), config), QStringLiteral("The whole file"));
    // Names from the file, shown escaped: an unknown member, and a key ID.
    QCOMPARE(describeLocation(QStringLiteral("/x\x1b[2K"), config), QStringLiteral("/x\\u001b[2K"));
    CommunityConfig hostile = config;
    hostile.jwtKeys[0].id = QStringLiteral("prod") + QChar(0x202e);
    QCOMPARE(describeLocation(QStringLiteral("/jwt_keys/0/id"), hostile),
             QStringLiteral("JWT key \u201cprod\\u202e\u201d, key ID"));
}

void TestConfigDocument::undoingRemoteSettingsGivesTheirBaseBackToo()
{
    ConfigDocument document;
    QSignalSpy baseChanged(&document, &ConfigDocument::syncRecordChanged);
    const CommunityConfig local = sampleConfig();
    document.reset(local);
    const SyncRecord pulled = SyncRecord::of(QStringLiteral("https://acme.example/1.0"),
                                             local.community.id, QStringLiteral("\"v1\""), local);
    document.setSyncRecord(pulled);
    QCOMPARE(document.undoStack()->count(), 0);

    CommunityConfig remote = local;
    remote.signedIdentities = SignedIdentities::accept;
    const SyncRecord reloaded =
        SyncRecord::of(pulled.server, pulled.communityId, QStringLiteral("\"v2\""), remote);
    document.replaceSettings(remote, reloaded);
    QCOMPARE(document.config().signedIdentities, SignedIdentities::accept);
    QCOMPARE(document.syncRecord(), std::optional<SyncRecord>(reloaded));
    document.undoStack()->undo();
    QCOMPARE(document.config(), local);
    QCOMPARE(document.syncRecord(), std::optional<SyncRecord>(pulled));
    document.undoStack()->redo();
    QCOMPARE(document.syncRecord(), std::optional<SyncRecord>(reloaded));
    QCOMPARE(baseChanged.count(), 4);
    // The same settings with a new base (a push that changed nothing here): no undo step.
    const SyncRecord pushed =
        SyncRecord::of(pulled.server, pulled.communityId, QStringLiteral("\"v3\""), remote);
    document.replaceSettings(remote, pushed);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.syncRecord(), std::optional<SyncRecord>(pushed));
    // A new value forgets the base with the history.
    document.reset(local);
    QVERIFY(!document.syncRecord());
}

void TestConfigDocument::refreshedCatalogueReplacesTheLocalOneInOneStep()
{
    ConfigDocument document;
    CustomFieldTableModel fields(&document);
    QAbstractItemModelTester tester(&fields);
    const CommunityConfig local = sampleConfig();
    document.reset(local);
    const QList<CustomField> refreshed{
        {QStringLiteral("customer_id"), QStringLiteral("Customer number"), QStringLiteral("string"),
         QStringLiteral("^C[0-9]{8}$")},
        {QStringLiteral("tier"), QStringLiteral("Tier"), QStringLiteral("string"), std::nullopt}};

    document.replaceCatalogue(refreshed);
    QCOMPARE(document.config().customFields, refreshed);
    QCOMPARE(fields.rowCount(), 2);
    CommunityConfig expected = local;
    expected.customFields = refreshed;
    QCOMPARE(document.config(), expected);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Refresh the catalogue"));

    // The same catalogue again is no edit at all.
    document.replaceCatalogue(refreshed);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.config(), local);
}

void TestConfigDocument::remoteSettingsReplaceTheLocalOnesInOneStep()
{
    OpensslFixtures fixtures;
    ConfigDocument document;
    MappingTableModel mapping(&document);
    QAbstractItemModelTester tester(&mapping);
    CommunityConfig local = sampleConfig();
    local.community.name = QStringLiteral("Local name");
    document.reset(local);

    CommunityConfig remote;
    remote.community.name = QStringLiteral("Remote name"); // not a setting: stays local
    remote.signedIdentities = SignedIdentities::accept;
    remote.extraValuesMapping = {{QStringLiteral("order"), QStringLiteral("notes")}};
    remote.jwtKeys = {{QStringLiteral("new"), JwtAlgorithm::hs256,
                       QStringLiteral("0123456789abcdef01234567"), std::nullopt},
                      {QStringLiteral("leak"), JwtAlgorithm::rs256, std::nullopt,
                       QString::fromLatin1(fixtures.rsaPrivateKey())}};
    document.replaceSettings(remote);

    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.config().community.name, QStringLiteral("Local name"));
    QCOMPARE(document.config().customFields, local.customFields);
    QCOMPARE(document.config().signedIdentities, SignedIdentities::accept);
    QCOMPARE(document.config().extraValuesMapping, remote.extraValuesMapping);
    QCOMPARE(document.config().jwtKeys, QList<JwtKey>{remote.jwtKeys.first()});
    QCOMPARE(mapping.rowCount(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.config(), local);
}

void TestConfigDocument::unknownMembersTravelWithTheirRowsThroughEditsAndUndo()
{
    const ConfigLoadResult loaded = loadWithUnknownMembers();
    QVERIFY(loaded.config);
    ConfigDocument document;
    MappingTableModel mapping(&document);
    CustomFieldTableModel fields(&document);
    QAbstractItemModelTester tester(&mapping);
    document.reset(*loaded.config, loaded.diagnostics);

    // Edits as the editors make them: through the item models, or on a copy of the current row.
    QVERIFY(mapping.setData(mapping.index(0, MappingTableModel::FieldColumn),
                            QStringLiteral("home_phone")));
    QVERIFY(mapping.moveRows({}, 0, 1, {}, 3)); // a goes last: b, c, a
    QVERIFY(mapping.removeRows(0, 1));          // b goes, with its own: c, a
    QVERIFY(mapping.insertRows(0, 1));          // a new row: (new), c, a
    QVERIFY(fields.setData(fields.index(0, CustomFieldTableModel::LabelColumn),
                           QStringLiteral("Customer")));
    JwtKey key = document.config().jwtKeys.at(0);
    key.id = QStringLiteral("prod_2");
    QVERIFY(document.replaceRow(0, key));
    CommunityInfo community = document.config().community;
    community.name = QStringLiteral("Renamed");
    document.setCommunity(community);

    const CommunityConfig& edited = document.config();
    QCOMPARE(edited.extraValuesMapping.size(), 3);
    QCOMPARE(unknownMembersText(edited.extraValuesMapping.at(0).unknownMembers), QString());
    QCOMPARE(edited.extraValuesMapping.at(1).key, QStringLiteral("c"));
    QCOMPARE(unknownMembersText(edited.extraValuesMapping.at(1).unknownMembers), QString());
    QCOMPARE(edited.extraValuesMapping.at(2).key, QStringLiteral("a"));
    QCOMPARE(edited.extraValuesMapping.at(2).field, QStringLiteral("home_phone"));
    QCOMPARE(unknownMembersText(edited.extraValuesMapping.at(2).unknownMembers),
             QStringLiteral("note=\"A\""));
    QCOMPARE(unknownMembersText(edited.customFields.at(0).unknownMembers),
             QStringLiteral("max_length=9"));
    QCOMPARE(unknownMembersText(edited.jwtKeys.at(0).unknownMembers),
             QStringLiteral("rotate_after=90"));
    QCOMPARE(unknownMembersText(edited.community.unknownMembers), QStringLiteral("region=\"eu\""));
    QCOMPARE(unknownMembersText(edited.unknownMembers),
             QStringLiteral("extra_value_mapping=[{\"key\":\"x\",\"field\":\"email\"}]"));
    const CommunityConfig afterEdits = edited;
    // The warnings follow the members where the edits took them, and outlive a save.
    QStringList warned;
    for (const Diagnostic& diagnostic : document.diagnostics()) {
        if (diagnostic.code == DiagnosticCode::UnknownMember)
            warned << diagnostic.path;
    }
    const QStringList expectedWarnings{
        QStringLiteral("/community/region"), QStringLiteral("/custom_fields/0/max_length"),
        QStringLiteral("/extra_values_mapping/2/note"), QStringLiteral("/jwt_keys/0/rotate_after"),
        QStringLiteral("/extra_value_mapping")};
    QCOMPARE(warned, expectedWarnings);
    document.markSaved();
    QCOMPARE(std::count_if(document.diagnostics().cbegin(), document.diagnostics().cend(),
                           [](const Diagnostic& diagnostic) {
                               return diagnostic.code == DiagnosticCode::UnknownMember;
                           }),
             expectedWarnings.size());

    // Undo gives the removed row its own members back, in its place.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.config(), *loaded.config);
    QCOMPARE(unknownMembersText(document.config().extraValuesMapping.at(1).unknownMembers),
             QStringLiteral("note={\"from\":[\"B\"]}"));
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(document.config(), afterEdits);
}

void TestConfigDocument::remoteSettingsKeepTheUnknownMembersOfRowsStillThere()
{
    const ConfigLoadResult loaded = loadWithUnknownMembers();
    QVERIFY(loaded.config);
    ConfigDocument document;
    document.reset(*loaded.config, loaded.diagnostics);

    CommunityConfig remote;
    remote.extraValuesMapping = {{QStringLiteral("z"), QStringLiteral("email")},
                                 {QStringLiteral("b"), QStringLiteral("company")}};
    remote.jwtKeys = {{QStringLiteral("prod"), JwtAlgorithm::hs256,
                       QStringLiteral("0123456789abcdef01234567"), std::nullopt}};
    document.replaceSettings(remote);

    const CommunityConfig& replaced = document.config();
    QCOMPARE(replaced.extraValuesMapping.at(1).field, QStringLiteral("company"));
    QCOMPARE(unknownMembersText(replaced.extraValuesMapping.at(0).unknownMembers), QString());
    QCOMPARE(unknownMembersText(replaced.extraValuesMapping.at(1).unknownMembers),
             QStringLiteral("note={\"from\":[\"B\"]}"));
    QCOMPARE(unknownMembersText(replaced.jwtKeys.at(0).unknownMembers),
             QStringLiteral("rotate_after=90"));
    QCOMPARE(replaced.unknownMembers, loaded.config->unknownMembers);
    document.undoStack()->undo();
    QCOMPARE(document.config(), *loaded.config);
}

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "test_config_document.moc"
