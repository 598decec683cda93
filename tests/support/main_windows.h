#pragma once

// What the widget tests of engage-admin share: the open windows, and closing them all after
// a test with its unsaved work discarded.

#include "document/config_document.h"
#include "main_window.h"
#include "prompts.h"

#include <QApplication>
#include <QList>

inline QList<engage::MainWindow*> openWindows()
{
    QList<engage::MainWindow*> windows;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<engage::MainWindow*>(widget); window && window->isVisible())
            windows.append(window);
    }
    return windows;
}

// Closes every window, answering Discard where work is unsaved, and deletes them. Returns
// false when a question the test answered in advance was never asked (the answers are
// forgotten either way, so that they never answer the next test).
inline bool closeWindowsAndCheckAnswers()
{
    for (engage::MainWindow* window : openWindows()) {
        if (window->document()->isModified())
            engage::prompts::answerNextQuestion(QMessageBox::Discard);
        window->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const bool allUsed = engage::prompts::allAnswersUsed();
    engage::prompts::clearAnswers();
    return allUsed;
}
