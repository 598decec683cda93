#include "start_page.h"

#include "recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace engage {

namespace {

constexpr int pathRole = Qt::UserRole;

// The examples bundled in the application's resources, with what each one shows.
struct Example
{
    QString resource;
    QString description;
};

QList<Example> bundledExamples()
{
    return {
        {QStringLiteral(":/examples/website-chat.json"),
         StartPage::tr("Website chat: a complete configuration with signed identities, an HS256 "
                       "and an RS256 key, and a mapping.")},
        {QStringLiteral(":/examples/needs-attention.json"),
         StartPage::tr("Support chat (draft): a configuration with mistakes, to see how they are "
                       "shown and fixed.")},
    };
}

QLabel* listLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent), m_recentFiles(new QListWidget(this)), m_noRecentFile(new QLabel(this)),
      m_examples(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));

    auto* title = new QLabel(tr("Engage Community Admin"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Open a configuration to edit and check its signed identities, "
                                "JWT keys and extra values mapping, start a new one, or pull one "
                                "from a server."),
                             this);
    intro->setWordWrap(true);

    auto* newButton = new QPushButton(tr("&New Configuration"), this);
    newButton->setObjectName(QStringLiteral("startNewButton"));
    auto* openButton = new QPushButton(tr("&Open\u2026"), this);
    openButton->setObjectName(QStringLiteral("startOpenButton"));
    auto* pullButton = new QPushButton(tr("&Pull from a Server\u2026"), this);
    pullButton->setObjectName(QStringLiteral("startPullButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(pullButton);
    buttons->addStretch(1);

    m_recentFiles->setObjectName(QStringLiteral("recentFilesList"));
    m_recentFiles->setAccessibleName(tr("Recent files"));
    m_noRecentFile->setObjectName(QStringLiteral("noRecentFileLabel"));
    m_noRecentFile->setText(tr("No file was opened yet: the files you open or save are listed "
                               "here."));
    m_noRecentFile->setWordWrap(true);
    m_examples->setObjectName(QStringLiteral("examplesList"));
    m_examples->setAccessibleName(tr("Bundled examples"));
    for (const Example& example : bundledExamples()) {
        auto* item = new QListWidgetItem(example.description, m_examples);
        item->setData(pathRole, example.resource);
    }
    if (m_examples->count() > 0)
        m_examples->setCurrentRow(0);

    auto* lists = new QGridLayout;
    lists->addWidget(listLabel(tr("&Recent files:"), m_recentFiles, this), 0, 0);
    // The note takes the recent files' place while there are none, right under its label.
    lists->addWidget(m_recentFiles, 1, 0);
    lists->addWidget(m_noRecentFile, 1, 0, Qt::AlignTop);
    lists->addWidget(
        listLabel(tr("Bundled e&xamples (opened as untitled copies):"), m_examples, this), 0, 1);
    lists->addWidget(m_examples, 1, 1);
    lists->setRowStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addLayout(lists, 1);

    setTabOrder(newButton, openButton);
    setTabOrder(openButton, pullButton);
    setTabOrder(pullButton, m_recentFiles);
    setTabOrder(m_recentFiles, m_examples);

    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(pullButton, &QPushButton::clicked, this, &StartPage::pullRequested);
    connect(m_recentFiles, &QListWidget::itemActivated, this, &StartPage::chooseRecentFile);
    connect(m_examples, &QListWidget::itemActivated, this, &StartPage::chooseExample);
    refresh();
}

void StartPage::refresh()
{
    m_recentFiles->clear();
    for (const QString& path : RecentFiles::list()) {
        auto* item =
            new QListWidgetItem(tr("%1 \u2014 %2")
                                    .arg(QFileInfo(path).fileName(),
                                         QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                m_recentFiles);
        item->setData(pathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    const bool anyRecent = m_recentFiles->count() > 0;
    m_recentFiles->setVisible(anyRecent);
    m_noRecentFile->setVisible(!anyRecent);
    if (anyRecent)
        m_recentFiles->setCurrentRow(0);
    (anyRecent ? m_recentFiles : m_examples)->setFocus();
}

void StartPage::chooseRecentFile(const QListWidgetItem* item)
{
    emit recentFileChosen(item->data(pathRole).toString());
}

void StartPage::chooseExample(const QListWidgetItem* item)
{
    emit exampleChosen(item->data(pathRole).toString());
}

} // namespace engage
