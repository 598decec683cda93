// Live validation (LiveValidation, behind ConfigDocument): after any sequence of edits, undos
// and redos, the document's diagnostics are exactly those of a full validation of its value,
// the diagnostics model shows exactly those lines, and a mapping key cell's own problems while
// it is typed are those the validator reports once the key is committed.

#include "config/config_validator.h"
#include "config/unknown_members.h"
#include "document/config_document.h"
#include "document/diagnostic_list_model.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

using namespace engage;

namespace {

Diagnostics fullValidation(const CommunityConfig& config)
{
    Diagnostics diagnostics = ConfigValidator::validate(config);
    diagnostics.append(unknownMemberWarnings(config));
    return diagnostics;
}

// Few values, so that duplicates, blanks, white space and unknown fields come up often.
const QStringList mappingKeys{QStringLiteral("a"), QStringLiteral("b"),    QStringLiteral(" c"),
                              QString(),           QStringLiteral("uuid"), QStringLiteral("d")};
const QStringList mappingFields{QStringLiteral("custom_field:x"),
                                QStringLiteral("custom_field:y"),
                                QStringLiteral("custom_field:missing"),
                                QStringLiteral("email"),
                                QString(),
                                QStringLiteral("home_phone")};
const QStringList catalogueKeys{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("Bad")};
const QStringList keyIds{QStringLiteral("prod"), QStringLiteral("test"), QString()};

class Editor
{
public:
    Editor(ConfigDocument& document, quint32 seed) : m_document(document), m_random(seed) {}

    // One edit chosen at random among those an administrator makes.
    void step()
    {
        const CommunityConfig& config = m_document.config();
        const int mappingRows = int(config.extraValuesMapping.size());
        switch (pick(12)) {
        case 0:
        case 1:
            m_document.insertRow(pick(mappingRows + 1),
                                 MappingRow{pickFrom(mappingKeys), pickFrom(mappingFields)});
            break;
        case 2:
            // One row or a few: LiveValidation renumbers the rows after them.
            if (mappingRows > 0) {
                const int first = pick(mappingRows);
                m_document.removeRows(ConfigList::ExtraValuesMapping, first,
                                      1 + pick(std::min(3, mappingRows - first)));
            }
            break;
        case 3:
        case 4:
            if (mappingRows > 0) {
                const int row = pick(mappingRows);
                MappingRow edited = config.extraValuesMapping.at(row);
                edited.key = pickFrom(mappingKeys);
                m_document.replaceRow(row, edited);
            }
            break;
        case 5:
            if (mappingRows > 0) {
                const int row = pick(mappingRows);
                MappingRow edited = config.extraValuesMapping.at(row);
                edited.field = pickFrom(mappingFields);
                m_document.replaceRow(row, edited);
            }
            break;
        case 6:
            if (mappingRows > 1)
                m_document.moveRow(ConfigList::ExtraValuesMapping, pick(mappingRows),
                                   pick(mappingRows));
            break;
        case 7:
            m_document.undoStack()->undo();
            break;
        case 8:
            m_document.undoStack()->redo();
            break;
        case 9: {
            CommunityInfo community = config.community;
            community.name += QLatin1Char('n');
            m_document.setCommunity(community, 0);
            break;
        }
        case 10:
            if (pick(2) == 0 || config.customFields.isEmpty()) {
                const QString key = pickFrom(catalogueKeys);
                m_document.insertRow(0, CustomField{key, key, QStringLiteral("string"),
                                                    pick(2) == 0 ? std::optional<QString>()
                                                                 : QStringLiteral("^.+$")});
            } else {
                m_document.removeRows(ConfigList::CustomFields,
                                      pick(int(config.customFields.size())), 1);
            }
            break;
        default:
            if (pick(2) == 0 || config.jwtKeys.isEmpty()) {
                m_document.insertRow(0, JwtKey{pickFrom(keyIds), JwtAlgorithm::hs256,
                                               QStringLiteral("9aeaf06388b8ab6487d1605b"),
                                               std::nullopt});
            } else {
                m_document.removeRows(ConfigList::JwtKeys, pick(int(config.jwtKeys.size())), 1);
            }
            m_document.setSignedIdentities(pick(2) == 0 ? SignedIdentities::require
                                                        : SignedIdentities::reject);
            break;
        }
    }

    int pick(int bound) { return bound <= 0 ? 0 : int(m_random.bounded(bound)); }
    QString pickFrom(const QStringList& values) { return values.at(pick(int(values.size()))); }

private:
    ConfigDocument& m_document;
    QRandomGenerator m_random;
};

Diagnostics keyProblems(const Diagnostics& diagnostics, const QString& path)
{
    Diagnostics found;
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.path == path)
            found.append(diagnostic);
    }
    return found;
}

} // namespace

class TestLiveValidation : public QObject
{
    Q_OBJECT

private slots:
    void randomEditsEqualFullValidation_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomEditsEqualFullValidation()
    {
        QFETCH(quint32, seed);
        ConfigDocument document;
        DiagnosticListModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Editor editor(document, seed);
        for (int step = 0; step < 400; ++step) {
            editor.step();
            const Diagnostics expected = fullValidation(document.config());
            QCOMPARE(document.diagnostics(), expected);
            QCOMPARE(model.rowCount(), int(expected.size()));
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.index(row, 0).data(DiagnosticListModel::PathRole).toString(),
                         expected.at(row).path);
                QCOMPARE(model.index(row, DiagnosticListModel::MessageColumn).data().toString(),
                         expected.at(row).message);
            }
        }
    }

    // What a key cell shows while the key is typed is what the validator reports once it is
    // committed, unless only later rows hold the key: the validator then reports the later
    // row (typedDuplicateOfALaterRowIsNamed).
    void typedKeyProblemsEqualCommittedOnes_data() { randomEditsEqualFullValidation_data(); }

    void typedKeyProblemsEqualCommittedOnes()
    {
        QFETCH(quint32, seed);
        ConfigDocument document;
        Editor editor(document, seed);
        int compared = 0;
        for (int step = 0; step < 300; ++step) {
            editor.step();
            const QList<MappingRow>& rows = document.config().extraValuesMapping;
            if (rows.isEmpty())
                continue;
            const int row = editor.pick(int(rows.size()));
            const QString key = editor.pickFrom(mappingKeys);
            const bool onlyLaterRowsHoldKey =
                std::none_of(rows.cbegin(), rows.cbegin() + row,
                             [&key](const MappingRow& other) { return other.key == key; }) &&
                std::any_of(rows.cbegin() + row + 1, rows.cend(),
                            [&key](const MappingRow& other) { return other.key == key; });
            if (onlyLaterRowsHoldKey)
                continue;
            const Diagnostics whileTyped = document.mappingKeyDiagnostics(row, key);
            MappingRow edited = rows.at(row);
            edited.key = key;
            document.replaceRow(row, edited);
            const QString path = QStringLiteral("/extra_values_mapping/%1/key").arg(row);
            QCOMPARE(whileTyped, keyProblems(document.diagnostics(), path));
            ++compared;
        }
        QVERIFY(compared > 100);
    }

    void typedDuplicateOfALaterRowIsNamed()
    {
        ConfigDocument document;
        document.insertRow(0, MappingRow{QStringLiteral("a"), QStringLiteral("email")});
        document.insertRow(1, MappingRow{QStringLiteral("b"), QStringLiteral("home_phone")});
        const Diagnostics whileTyped = document.mappingKeyDiagnostics(0, QStringLiteral("b"));
        QCOMPARE(whileTyped.size(), 1);
        QCOMPARE(whileTyped.first().code, DiagnosticCode::MappingKeyDuplicate);
        QVERIFY(whileTyped.first().message.contains(QStringLiteral("/extra_values_mapping/1")));
        QVERIFY(document.mappingKeyDiagnostics(1, QStringLiteral("b")).isEmpty());
    }

    // A later row writing the same field names the key of the first writer: renaming that key
    // changes the later row's message though the later row did not change.
    void renamedFirstWriterIsNamedByLaterRows()
    {
        ConfigDocument document;
        document.insertRow(0, MappingRow{QStringLiteral("a"), QStringLiteral("email")});
        document.insertRow(1, MappingRow{QStringLiteral("b"), QStringLiteral("email")});
        document.replaceRow(0, MappingRow{QStringLiteral("renamed"), QStringLiteral("email")});
        QCOMPARE(document.diagnostics(), fullValidation(document.config()));
        QVERIFY(document.diagnostics().first().message.contains(QStringLiteral("\"renamed\"")));
    }
};

QTEST_GUILESS_MAIN(TestLiveValidation)
#include "test_live_validation.moc"
