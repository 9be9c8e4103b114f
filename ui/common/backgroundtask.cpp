#include "ui/common/backgroundtask.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>

#include "common/errortext.h"

namespace mizan::ui {

BackgroundTaskBase::BackgroundTaskBase(QObject *parent) : QObject(parent) {}

BackgroundTaskBase::~BackgroundTaskBase() { waitForFinished(); }

void BackgroundTaskBase::waitForFinished()
{
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    // The owner has waited: the queued onReturned() of that work would announce it late (or,
    // after a new start(), in place of the new work).
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

void BackgroundTaskBase::onReturned()
{
    if (m_thread.joinable())
        m_thread.join();  // at once (the work has returned): its writes happen before what follows
    m_running = false;
    Q_EMIT finished();
}

void BackgroundTaskBase::fail(std::exception_ptr thrown)
{
    try {
        std::rethrow_exception(thrown);
    } catch (const std::exception &e) {
        m_error = QString::fromStdString(mizan::errorText(e));
    } catch (...) {
        m_error = QStringLiteral("an unexpected error");
    }
}

void BackgroundTaskBase::announceReturn()
{
    QMetaObject::invokeMethod(this, "onReturned", Qt::QueuedConnection);
}

} // namespace mizan::ui
