#include "document/config_document.h"

#include "config/config_file.h"
#include "config/unknown_members.h"
#include "crypto/pem_key.h"
#include "json/json_pointer.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <utility>

namespace engage {

QString jsonPointerOf(ConfigList list)
{
    switch (list) {
    case ConfigList::CustomFields:
        return QStringLiteral("/custom_fields");
    case ConfigList::ExtraValuesMapping:
        return QStringLiteral("/extra_values_mapping");
    case ConfigList::JwtKeys:
        return QStringLiteral("/jwt_keys");
    }
    Q_UNREACHABLE();
}

namespace {

// QUndoCommand::id() values: commands of the same id may merge (typing in one field).
enum CommandId {
    ReplaceCustomFieldId = 1,
    ReplaceMappingRowId,
    ReplaceJwtKeyId,
    CommunityId,
    SignedIdentitiesId,
    SettingsId,
    CatalogueId,
};

template <typename Row>
constexpr int replaceCommandId()
{
    switch (ConfigListOf<Row>::list) {
    case ConfigList::CustomFields:
        return ReplaceCustomFieldId;
    case ConfigList::ExtraValuesMapping:
        return ReplaceMappingRowId;
    case ConfigList::JwtKeys:
        return ReplaceJwtKeyId;
    }
    return -1;
}

bool holdsPrivateKey(const CustomField&) { return false; }
bool holdsPrivateKey(const MappingRow&) { return false; }
bool holdsPrivateKey(const JwtKey& key)
{
    return key.publicKey && engage::holdsPrivateKey(*key.publicKey);
}

// Replaces one value (a row, the community, the mode) with another. Consecutive edits of
// one field with the same tag, that is typing, merge into one step.
template <typename Value>
class ReplaceValueCommand : public QUndoCommand
{
public:
    ReplaceValueCommand(int commandId, int position, const Value& before, const Value& after,
                        ConfigDocument::FieldTag tag, std::function<void(const Value&)> apply,
                        const QString& text)
        : m_commandId(commandId), m_position(position), m_before(before), m_after(after),
          m_tag(tag), m_apply(std::move(apply))
    {
        setText(text);
    }
    void redo() override { m_apply(m_after); }
    void undo() override { m_apply(m_before); }
    int id() const override { return m_commandId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ReplaceValueCommand*>(other);
        if (m_tag == ConfigDocument::noMerge || next->m_tag != m_tag ||
            next->m_position != m_position)
            return false;
        m_after = next->m_after;
        // Typing then deleting the same characters leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    int m_commandId;
    int m_position; // the row, or 0 for a value that is not in a list
    Value m_before;
    Value m_after;
    ConfigDocument::FieldTag m_tag;
    std::function<void(const Value&)> m_apply;
};

// The diagnostics only a file can have: its value rules are recomputed from the value, and so
// are the unknown members' warnings, which move with their rows and outlive a save.
bool isStructureDiagnostic(const Diagnostic& diagnostic)
{
    switch (diagnostic.code) {
    case DiagnosticCode::FormatInvalid:
    case DiagnosticCode::VersionUnsupported:
    case DiagnosticCode::MemberTypeInvalid:
        return true;
    default:
        return false;
    }
}

} // namespace

template <typename Row> class ConfigDocument::InsertRowCommand : public QUndoCommand
{
public:
    InsertRowCommand(ConfigDocument* document, int index, const Row& row, bool toFillIn)
        : m_document(document), m_index(index), m_row(row), m_toFillIn(toFillIn)
    {
        setText(ConfigDocument::tr("Add a row"));
    }
    void redo() override { m_document->applyInsert(m_index, m_row, m_toFillIn); }
    void undo() override { m_document->applyTake<Row>(m_index); }

private:
    ConfigDocument* m_document;
    int m_index;
    Row m_row;
    bool m_toFillIn;
};

template <typename Row> class ConfigDocument::RemoveRowCommand : public QUndoCommand
{
public:
    RemoveRowCommand(ConfigDocument* document, int index) : m_document(document), m_index(index)
    {
        setText(ConfigDocument::tr("Remove a row"));
    }
    void redo() override { m_removed = m_document->applyTake<Row>(m_index); }
    void undo() override { m_document->applyInsert(m_index, m_removed); }

private:
    ConfigDocument* m_document;
    int m_index;
    Row m_removed;
};

class ConfigDocument::MoveRowCommand : public QUndoCommand
{
public:
    MoveRowCommand(ConfigDocument* document, ConfigList list, int from, int to)
        : m_document(document), m_list(list), m_from(from), m_to(to)
    {
        setText(ConfigDocument::tr("Move a row"));
    }
    void redo() override { m_document->applyMove(m_list, m_from, m_to); }
    void undo() override { m_document->applyMove(m_list, m_to, m_from); }

private:
    ConfigDocument* m_document;
    ConfigList m_list;
    int m_from;
    int m_to;
};

ConfigDocument::ConfigDocument(QObject* parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modificationChanged(!clean); });
    revalidate();
}

ConfigDocument::~ConfigDocument()
{
    // The undo stack is destroyed after this body and clears itself then: its cleanChanged
    // must not reach listeners (the window) that are being destroyed too.
    m_undoStack.disconnect(this);
}

int ConfigDocument::reset(const CommunityConfig& config, const Diagnostics& fileDiagnostics)
{
    emit aboutToReset();
    m_undoStack.clear();
    m_config = config;
    m_syncRecord.reset();
    int privateKeysDropped = 0;
    for (JwtKey& key : m_config.jwtKeys) {
        if (holdsPrivateKey(key)) {
            key.publicKey.reset();
            ++privateKeysDropped;
        }
    }
    m_fileDiagnostics.clear();
    for (const Diagnostic& diagnostic : fileDiagnostics) {
        if (isStructureDiagnostic(diagnostic))
            m_fileDiagnostics.append(diagnostic);
    }
    clearToFillIn();
    emit resetDone();
    revalidate(FileDiagnostics::Changed);
    emit modificationChanged(isModified());
    return privateKeysDropped;
}

Diagnostics ConfigDocument::notWrittenAsRead() const
{
    return ConfigFile::notWrittenAsRead(m_fileDiagnostics);
}

void ConfigDocument::markSaved()
{
    m_undoStack.setClean();
    if (!m_fileDiagnostics.isEmpty()) {
        m_fileDiagnostics.clear();
        revalidate(FileDiagnostics::Changed);
    }
}

void ConfigDocument::markUnsaved()
{
    m_undoStack.resetClean();
}

void ConfigDocument::setCommunity(const CommunityInfo& community, FieldTag tag)
{
    if (community == m_config.community)
        return;
    m_undoStack.push(new ReplaceValueCommand<CommunityInfo>(
        CommunityId, 0, m_config.community, community, tag,
        [this](const CommunityInfo& value) { applyCommunity(value); },
        tr("Edit the community")));
}

void ConfigDocument::setSignedIdentities(const QString& mode)
{
    if (mode == m_config.signedIdentities)
        return;
    m_undoStack.push(new ReplaceValueCommand<QString>(
        SignedIdentitiesId, 0, m_config.signedIdentities, mode, noMerge,
        [this](const QString& value) { applySignedIdentities(value); },
        tr("Change the signed identities mode")));
}

template <typename Row>
bool ConfigDocument::insertRow(int index, const Row& row)
{
    if (holdsPrivateKey(row))
        return false;
    m_undoStack.push(new InsertRowCommand<Row>(this, index, row, false));
    return true;
}

template <typename Row> bool ConfigDocument::insertRowToFillIn(int index, const Row& row)
{
    if (holdsPrivateKey(row))
        return false;
    m_undoStack.push(new InsertRowCommand<Row>(this, index, row, true));
    return true;
}

bool ConfigDocument::isToFillIn(ConfigList list, int row) const
{
    const QList<bool>& flags = m_toFillIn.at(static_cast<size_t>(list));
    return row >= 0 && row < flags.size() && flags.at(row);
}

bool ConfigDocument::isInRowToFillIn(const QString& path) const
{
    for (const ConfigList list :
         {ConfigList::CustomFields, ConfigList::ExtraValuesMapping, ConfigList::JwtKeys}) {
        const QString listPrefix = jsonPointerOf(list) + QLatin1Char('/');
        if (!path.startsWith(listPrefix))
            continue;
        bool isRow = false;
        const int row = path.mid(listPrefix.size()).section(QLatin1Char('/'), 0, 0).toInt(&isRow);
        return isRow && isToFillIn(list, row);
    }
    return false;
}

void ConfigDocument::endFillingIn()
{
    clearToFillIn();
    emit diagnosticsChanged(); // the same diagnostics, now read as mistakes
}

void ConfigDocument::clearToFillIn()
{
    for (ConfigList list :
         {ConfigList::CustomFields, ConfigList::ExtraValuesMapping, ConfigList::JwtKeys})
        toFillIn(list) = QList<bool>(rowCount(list), false);
}

template <typename Row>
bool ConfigDocument::replaceRow(int index, const Row& row, FieldTag tag)
{
    if (holdsPrivateKey(row))
        return false;
    const Row& current = ConfigListOf<Row>::in(m_config).at(index);
    if (row != current) {
        m_undoStack.push(new ReplaceValueCommand<Row>(
            replaceCommandId<Row>(), index, current, row, tag,
            [this, index](const Row& value) { applyReplace(index, value); }, tr("Edit a row")));
    }
    return true;
}

void ConfigDocument::removeRows(ConfigList list, int first, int count)
{
    if (count <= 0)
        return;
    m_undoStack.beginMacro(tr("Remove %n row(s)", nullptr, count));
    // From the last row back, so that the indices still to remove stay valid.
    for (int index = first + count - 1; index >= first; --index) {
        switch (list) {
        case ConfigList::CustomFields:
            m_undoStack.push(new RemoveRowCommand<CustomField>(this, index));
            break;
        case ConfigList::ExtraValuesMapping:
            m_undoStack.push(new RemoveRowCommand<MappingRow>(this, index));
            break;
        case ConfigList::JwtKeys:
            m_undoStack.push(new RemoveRowCommand<JwtKey>(this, index));
            break;
        }
    }
    m_undoStack.endMacro();
}

void ConfigDocument::replaceSettings(const CommunityConfig& settings)
{
    replaceSettings(settings, m_syncRecord);
}

void ConfigDocument::replaceSettings(const CommunityConfig& settings,
                                     const std::optional<SyncRecord>& base)
{
    CommunityConfig replaced = m_config;
    replaced.signedIdentities = settings.signedIdentities;
    replaced.extraValuesMapping = settings.extraValuesMapping;
    replaced.jwtKeys.clear();
    // A key holding a private key is refused here as in any other edit.
    for (const JwtKey& key : settings.jwtKeys) {
        if (!holdsPrivateKey(key))
            replaced.jwtKeys.append(key);
    }
    // The server knows nothing of the file's unknown members: the rows and keys that are
    // still there keep theirs.
    replaced = withUnknownMembersCarried(std::move(replaced), m_config);
    if (replaced == m_config) {
        setSyncRecord(base);
        return;
    }
    // One command and one revalidation, however many rows and keys the settings have.
    using State = std::pair<CommunityConfig, std::optional<SyncRecord>>;
    m_undoStack.push(new ReplaceValueCommand<State>(
        SettingsId, 0, State{m_config, m_syncRecord}, State{replaced, base}, noMerge,
        [this](const State& state) { applySettingsWithBase(state.first, state.second); },
        tr("Replace the settings")));
}

void ConfigDocument::setSyncRecord(const std::optional<SyncRecord>& base)
{
    if (base == m_syncRecord)
        return;
    m_syncRecord = base;
    emit syncRecordChanged();
}

void ConfigDocument::applySettingsWithBase(const CommunityConfig& config,
                                           const std::optional<SyncRecord>& base)
{
    setSyncRecord(base);
    applyWholeValue(config);
}

void ConfigDocument::replaceCatalogue(const QList<CustomField>& catalogue)
{
    if (catalogue == m_config.customFields)
        return;
    CommunityConfig replaced = m_config;
    replaced.customFields = catalogue;
    m_undoStack.push(new ReplaceValueCommand<CommunityConfig>(
        CatalogueId, 0, m_config, replaced, noMerge,
        [this](const CommunityConfig& value) { applyWholeValue(value); },
        tr("Refresh the catalogue")));
}

void ConfigDocument::moveRow(ConfigList list, int from, int to)
{
    if (from != to)
        m_undoStack.push(new MoveRowCommand(this, list, from, to));
}

int ConfigDocument::rowCount(ConfigList list) const
{
    switch (list) {
    case ConfigList::CustomFields:
        return int(m_config.customFields.size());
    case ConfigList::ExtraValuesMapping:
        return int(m_config.extraValuesMapping.size());
    case ConfigList::JwtKeys:
        return int(m_config.jwtKeys.size());
    }
    Q_UNREACHABLE();
}

template <typename Row> void ConfigDocument::applyInsert(int index, const Row& row, bool toFillIn)
{
    constexpr ConfigList list = ConfigListOf<Row>::list;
    emit rowsAboutToBeInserted(list, index, index);
    ConfigListOf<Row>::in(m_config).insert(index, row);
    this->toFillIn(list).insert(index, toFillIn);
    emit rowsInserted(list, index, index);
    revalidate();
}

template <typename Row>
Row ConfigDocument::applyTake(int index)
{
    constexpr ConfigList list = ConfigListOf<Row>::list;
    emit rowsAboutToBeRemoved(list, index, index);
    Row row = ConfigListOf<Row>::in(m_config).takeAt(index);
    toFillIn(list).removeAt(index);
    emit rowsRemoved(list, index, index);
    revalidate();
    return row;
}

template <typename Row>
void ConfigDocument::applyReplace(int index, const Row& row)
{
    ConfigListOf<Row>::in(m_config)[index] = row;
    toFillIn(ConfigListOf<Row>::list)[index] = false; // edited
    emit rowChanged(ConfigListOf<Row>::list, index);
    revalidate();
}

void ConfigDocument::applyMove(ConfigList list, int from, int to)
{
    emit rowAboutToBeMoved(list, from, to);
    switch (list) {
    case ConfigList::CustomFields:
        m_config.customFields.move(from, to);
        break;
    case ConfigList::ExtraValuesMapping:
        m_config.extraValuesMapping.move(from, to);
        break;
    case ConfigList::JwtKeys:
        m_config.jwtKeys.move(from, to);
        break;
    }
    toFillIn(list).move(from, to);
    emit rowMoved(list, from, to);
    revalidate();
}

void ConfigDocument::applyWholeValue(const CommunityConfig& config)
{
    emit aboutToReset();
    m_config = config;
    clearToFillIn();
    emit resetDone();
    revalidate();
}

void ConfigDocument::applyCommunity(const CommunityInfo& community)
{
    m_config.community = community;
    emit communityChanged();
    revalidate();
}

void ConfigDocument::applySignedIdentities(const QString& mode)
{
    m_config.signedIdentities = mode;
    emit signedIdentitiesChanged();
    revalidate();
}

Diagnostics ConfigDocument::mappingKeyDiagnostics(int row, const QString& key) const
{
    return m_validation.mappingKeyDiagnostics(row, key);
}

void ConfigDocument::revalidate(FileDiagnostics fileDiagnostics)
{
    // Typing in a file of ten thousand warned rows: most edits change no diagnostic, and the
    // list and its index are then kept as they are.
    if (m_validation.update(m_config) || fileDiagnostics == FileDiagnostics::Changed) {
        m_diagnostics = m_validation.diagnostics();
        m_diagnostics.append(m_fileDiagnostics);
        m_index = DiagnosticIndex(m_diagnostics);
    }
    emit diagnosticsChanged();
}

template bool ConfigDocument::insertRow(int, const CustomField&);
template bool ConfigDocument::insertRow(int, const MappingRow&);
template bool ConfigDocument::insertRow(int, const JwtKey&);
template bool ConfigDocument::insertRowToFillIn(int, const MappingRow&);
template bool ConfigDocument::insertRowToFillIn(int, const JwtKey&);
template bool ConfigDocument::replaceRow(int, const CustomField&, FieldTag);
template bool ConfigDocument::replaceRow(int, const MappingRow&, FieldTag);
template bool ConfigDocument::replaceRow(int, const JwtKey&, FieldTag);

} // namespace engage
