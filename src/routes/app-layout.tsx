import { Outlet } from 'react-router-dom'

// Placeholder: replaced by the real layout (header, notices, focus management).
export function AppLayout() {
  return (
    <main>
      <Outlet />
    </main>
  )
}
