#include "sync_progress.h"

#include "api/api_command.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <limits>

namespace engage {

SyncProgress::SyncProgress(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("syncProgress"));
    m_label->setObjectName(QStringLiteral("syncProgressText"));
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the network action"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_command)
            m_command->cancel();
    });
    hide();
}

void SyncProgress::track(ApiCommand* command, const QString& text)
{
    if (m_command)
        disconnect(m_command, nullptr, this, nullptr);
    m_command = command;
    m_text = text;
    m_bar->setAccessibleName(text);
    showProgress(0, 0);
    connect(command, &ApiCommand::progress, this, &SyncProgress::showProgress);
    connect(command, &ApiCommand::waiting, this,
            [this](std::chrono::seconds remaining, ApiWaitReason reason) {
                m_label->setText(m_text + QLatin1Char(' ') +
                                 ApiRequest::describeWait(remaining, reason));
            });
    connect(command, &ApiCommand::finished, this, [this, command] {
        if (m_command == command)
            hide();
    });
    show();
}

void SyncProgress::showProgress(qint64 done, qint64 total)
{
    m_label->setText(m_text); // a wait, if one was shown, is over
    // QProgressBar counts in int: scale a larger total down.
    const qint64 scale = total / std::numeric_limits<int>::max() + 1;
    m_bar->setRange(0, static_cast<int>(total / scale)); // 0..0 shows a busy bar
    m_bar->setValue(static_cast<int>(done / scale));
}

} // namespace engage
