import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** shown in the message: which part of the page failed */
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Errors never blank the page: the failing step shows what happened, the plan and the other steps stay. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`SAN Planner: ${this.props.area} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="panel panel-error" role="alert">
        <h2>{this.props.area} could not be shown</h2>
        <p>
          Something went wrong on this step. Your plan is kept: save it with <strong>Save plan</strong>, or go
          to another step.
        </p>
        <pre className="error-detail">{error.message}</pre>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
