export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>SAN Planner</h1>
        <p>Plan, generate and check TLS certificates for Skype for Business, Pexip and Cisco UC — in this page, offline.</p>
      </header>
      <main id="main">
        <h2>Start</h2>
      </main>
    </div>
  );
}
