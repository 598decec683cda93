// CatalogueRefresh (docs/api.md catalogue): the server's Identity Group fields, the file's regexes.

#include "config/catalogue_refresh.h"

#include <QTest>

using namespace engage;

namespace {

CustomFieldRecord serverField(const QString& key, const QString& label,
                              const QString& kind = identityGroupType)
{
    CustomFieldRecord record;
    record.id = QStringLiteral("id_") + key;
    record.key = key;
    record.label = label;
    record.type = QStringLiteral("string");
    record.associatedTypeName = kind;
    return record;
}

CommunityConfig localConfig()
{
    CommunityConfig config;
    config.community.id = QStringLiteral("5f0c0a1b2c3d4e5f60718293");
    config.signedIdentities = SignedIdentities::require;
    config.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                            QStringLiteral("string"), QStringLiteral("^C[0-9]{8}$")},
                           {QStringLiteral("old_field"), QStringLiteral("Old"),
                            QStringLiteral("string"), QStringLiteral("^x$")}};
    config.extraValuesMapping = {
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    return config;
}

} // namespace

class TestCatalogueRefresh : public QObject
{
    Q_OBJECT

private slots:
    void addedRemovedAndRelabelledFieldsAreReported();
    void localRegexesAreKeptAndTheRestOfTheFileUntouched();
    void anUpToDateCatalogueChangesNothing();
    void mappedFieldsTheServerLacksAreNamedOnce();
    void aListThatSkippedARecordRemovesNoField();
};

void TestCatalogueRefresh::addedRemovedAndRelabelledFieldsAreReported()
{
    const CatalogueRefresh refresh = CatalogueRefresh::of(
        localConfig(),
        {serverField(QStringLiteral("customer_id"), QStringLiteral("Customer number")),
         serverField(QStringLiteral("tier"), QStringLiteral("Loyalty tier")),
         serverField(QStringLiteral("order"), QStringLiteral("Order"),
                     QStringLiteral("Intervention"))},
        true);
    QCOMPARE(refresh.added.size(), 1);
    QCOMPARE(refresh.added.first().key, QStringLiteral("tier"));
    QCOMPARE(refresh.removed.size(), 1);
    QCOMPARE(refresh.removed.first().key, QStringLiteral("old_field"));
    QCOMPARE(refresh.removed.first().regex, QStringLiteral("^x$"));
    QCOMPARE(refresh.relabelled.size(), 1);
    QCOMPARE(refresh.relabelled.first().before, QStringLiteral("Customer id"));
    QCOMPARE(refresh.relabelled.first().after, QStringLiteral("Customer number"));
    QVERIFY(refresh.retyped.isEmpty());
    QVERIFY(!refresh.changesNothing());
}

void TestCatalogueRefresh::localRegexesAreKeptAndTheRestOfTheFileUntouched()
{
    const CatalogueRefresh refresh = CatalogueRefresh::of(
        localConfig(),
        {serverField(QStringLiteral("customer_id"), QStringLiteral("Customer id")),
         serverField(QStringLiteral("tier"), QStringLiteral("Loyalty tier"))},
        true);
    QCOMPARE(refresh.config.customFields.size(), 2);
    QCOMPARE(refresh.config.customFields[0].regex, QStringLiteral("^C[0-9]{8}$"));
    QCOMPARE(refresh.config.customFields[1].regex, std::nullopt);
    CommunityConfig expected = localConfig();
    expected.customFields = refresh.config.customFields;
    QCOMPARE(refresh.config, expected);
}

void TestCatalogueRefresh::anUpToDateCatalogueChangesNothing()
{
    const CatalogueRefresh refresh = CatalogueRefresh::of(
        localConfig(),
        {serverField(QStringLiteral("customer_id"), QStringLiteral("Customer id")),
         serverField(QStringLiteral("old_field"), QStringLiteral("Old"))},
        true);
    QVERIFY(refresh.changesNothing());
    QCOMPARE(refresh.config, localConfig());
}

void TestCatalogueRefresh::mappedFieldsTheServerLacksAreNamedOnce()
{
    CommunityConfig config = localConfig();
    config.extraValuesMapping.append({QStringLiteral("tier"), QStringLiteral("custom_field:tier")});
    config.extraValuesMapping.append(
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")});
    config.extraValuesMapping.append(
        {QStringLiteral("level"), QStringLiteral("custom_field:tier")});
    config.extraValuesMapping.append({QStringLiteral("ref"), QStringLiteral("custom_field:order")});
    // customer_id is on the server; tier is not (twice mapped, named once); order is there but
    // not an Identity Group field, so no identity can be written there either.
    const CatalogueRefresh refresh = CatalogueRefresh::of(
        config,
        {serverField(QStringLiteral("customer_id"), QStringLiteral("Customer id")),
         serverField(QStringLiteral("order"), QStringLiteral("Order"),
                     QStringLiteral("Intervention"))},
        true);
    QCOMPARE(refresh.mappedButMissing,
             (QStringList{QStringLiteral("tier"), QStringLiteral("order")}));
}

// A malformed record was skipped from the server's list: it may be a field of the file, whose
// regex exists nowhere else, so a field the server did not list is kept, not removed.
void TestCatalogueRefresh::aListThatSkippedARecordRemovesNoField()
{
    const CatalogueRefresh refresh = CatalogueRefresh::of(
        localConfig(), {serverField(QStringLiteral("tier"), QStringLiteral("Loyalty tier"))},
        false);
    QVERIFY(refresh.removed.isEmpty());
    QCOMPARE(refresh.kept.size(), 2);
    QCOMPARE(refresh.kept.first().key, QStringLiteral("customer_id"));
    QCOMPARE(refresh.added.size(), 1);
    QCOMPARE(refresh.config.customFields.size(), 3);
    QCOMPARE(refresh.config.customFields[1].regex, QStringLiteral("^C[0-9]{8}$"));
}

QTEST_GUILESS_MAIN(TestCatalogueRefresh)
#include "test_catalogue_refresh.moc"
