#include "jwt_keys_page.h"

#include "crypto/secure_random.h"
#include "document/jwt_key_table_model.h"
#include "jwt_key_editor.h"
#include "key_rotation_dialog.h"
#include "list_edit_bar.h"
#include "table_filter.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace engage {

JwtKeysPage::JwtKeysPage(ConfigDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new JwtKeyTableModel(document, this)),
      m_list(new QTableView(this)), m_noKeys(new QLabel(this)), m_rotation(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("jwtKeyList"));
    m_list->setAccessibleName(tr("JWT keys"));
    m_filter = new TableFilter(m_list, m_model, tr("Filter the JWT keys"), this);
    // A key is edited as a whole in the key editor beside the table.
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTabKeyNavigation(false);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    // Widths set once: sizing to the contents would read every key (and parse every public
    // key) on each edit of a configuration with a thousand keys.
    m_list->horizontalHeader()->setStretchLastSection(true);
    // Never narrower than the header's own text, in whatever language it is.
    const int characterWidth = m_list->fontMetrics().averageCharWidth();
    const auto setWidth = [this](int column, int width) {
        m_list->setColumnWidth(
            column, std::max(width, m_list->horizontalHeader()->sectionSizeHint(column)));
    };
    setWidth(JwtKeyTableModel::IdColumn, 14 * characterWidth);
    setWidth(JwtKeyTableModel::AlgorithmColumn, 10 * characterWidth);
    setWidth(JwtKeyTableModel::MaterialColumn, 14 * characterWidth);
    auto* bar = new ListEditBar(m_list, m_model, tr("&Add key"), tr("Re&move key"), this);
    auto* addMenu = new QMenu(bar->addButton());
    addMenu->addAction(tr("HS256 key (shared secret)"), this,
                       [this] { addKey(JwtAlgorithm::hs256); })
        ->setObjectName(QStringLiteral("addHs256KeyAction"));
    addMenu
        ->addAction(tr("RS256 key (RSA public key)"), this, [this] { addKey(JwtAlgorithm::rs256); })
        ->setObjectName(QStringLiteral("addRs256KeyAction"));
    // After the list's buttons, so that Tab reaches it after them.
    m_rotate = new QPushButton(tr("R&otate\u2026"), this);
    m_rotate->setObjectName(QStringLiteral("rotateKeyButton"));
    m_rotate->setAccessibleName(tr("Rotate the selected key"));
    m_rotate->setToolTip(tr("Add a new key beside the selected one, keep the old key, and see "
                            "what to hand to the website and when to remove the old key."));
    connect(m_rotate, &QPushButton::clicked, this, &JwtKeysPage::rotateSelectedKey);
    // Made after the list's buttons so that Tab goes from the list to its buttons, then to
    // the key editor.
    m_editor = new JwtKeyEditor(document, this);
    // The menu opens on the button's click (mouse, Space, its mnemonic) and on Insert. It is
    // not the button's own menu: that one opens on the press, and the click of a mnemonic's
    // animated press then opened it a second time after the choice.
    connect(bar, &ListEditBar::addRequested, this, [bar, addMenu] {
        addMenu->popup(bar->addButton()->mapToGlobal(bar->addButton()->rect().bottomLeft()));
    });

    m_noKeys->setObjectName(QStringLiteral("noKeysHint"));
    m_noKeys->setWordWrap(true);
    m_noKeys->setText(tr("No JWT key yet. Add an HS256 key to share a secret with the website, "
                         "or an RS256 key to check tokens signed with the website's RSA "
                         "private key."));
    m_rotation->setObjectName(QStringLiteral("rotationHint"));
    m_rotation->setWordWrap(true);
    m_rotation->setText(tr("With several keys, a key can be rotated without a coordinated "
                           "release: add the new key, move the website to it, then remove the "
                           "old one."));

    auto* listBox = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(bar);
    listLayout->addLayout(listRow, 1);
    listLayout->addWidget(m_rotate, 0, Qt::AlignLeft);
    listLayout->addWidget(m_noKeys);
    listLayout->addWidget(m_rotation);

    auto* editorBox = new QGroupBox(tr("Selected key"), this);
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->addWidget(m_editor);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(listBox, 2);
    layout->addWidget(editorBox, 3);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_editor->setRow(currentRow());
        updateRotateButton();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JwtKeysPage::updateRotateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        setCurrentRow(0);
        m_editor->setRow(currentRow());
    });
    // Rows inserted, removed or moved before the current one change its number.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JwtKeysPage::updateHints);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JwtKeysPage::updateHints);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &JwtKeysPage::updateHints);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JwtKeysPage::updateHints);
    connect(m_editor, &JwtKeyEditor::problem, this, &JwtKeysPage::problem);
    connect(m_editor, &JwtKeyEditor::done, this, &JwtKeysPage::done);
    setCurrentRow(0);
    updateHints();
}

QLineEdit* JwtKeysPage::filter() const
{
    return m_filter->edit();
}

int JwtKeysPage::currentRow() const
{
    return m_filter->proxy()->mapToSource(m_list->currentIndex()).row();
}

void JwtKeysPage::setCurrentRow(int row)
{
    const QModelIndex index = m_filter->proxy()->mapFromSource(m_model->index(row, 0));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

bool JwtKeysPage::focusPath(const QString& path)
{
    const QModelIndex index = m_model->indexOfPath(path);
    if (!index.isValid())
        return false;
    m_filter->clear();
    setCurrentRow(index.row());
    const QStringList parts = path.split(QLatin1Char('/'));
    return m_editor->focusMember(parts.size() > 3 ? parts.at(3) : QString());
}

void JwtKeysPage::focusMainControl()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void JwtKeysPage::addKey(const QString& algorithm)
{
    const std::optional<int> row = m_model->appendKey(algorithm);
    if (!row) {
        emit problem(hmacSecretGenerationFailure());
        return;
    }
    m_filter->clear();
    setCurrentRow(*row);
    m_editor->focusMember(algorithm == JwtAlgorithm::rs256 ? QStringLiteral("public_key")
                                                           : QStringLiteral("id"));
}

void JwtKeysPage::updateHints()
{
    const int keys = m_model->rowCount();
    m_noKeys->setVisible(keys == 0);
    m_rotation->setVisible(keys >= 2);
    if (!m_list->currentIndex().isValid() && m_filter->proxy()->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->proxy()->index(0, 0));
    m_editor->setRow(currentRow());
    updateRotateButton();
}

void JwtKeysPage::updateRotateButton()
{
    // Only a key of a known algorithm says what kind of key replaces it.
    const int row = currentRow();
    const QString algorithm = row >= 0 ? m_document->config().jwtKeys.at(row).algorithm : QString();
    m_rotate->setEnabled(algorithm == JwtAlgorithm::hs256 || algorithm == JwtAlgorithm::rs256);
}

void JwtKeysPage::rotateSelectedKey()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto* dialog = new KeyRotationDialog(m_document, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyRotationDialog::keyAdded, this,
            [this](int added) { setCurrentRow(added); });
    connect(dialog, &KeyRotationDialog::tokenLogReportRequested, this,
            &JwtKeysPage::tokenLogReportRequested);
    dialog->open();
}

} // namespace engage
