export interface ExampleConfig {
  agentref: { apiKey?: string; baseUrl?: string; fetch?: typeof fetch }
  agentclick: { apiKey?: string; baseUrl?: string; fetch?: typeof fetch }
  agentries: { did?: string; privateKey?: string; baseUrl?: string; fetch?: typeof fetch }
  /** Stops the in-process sandbox, when one was started. */
  close(): Promise<void>
}
export declare function exampleConfig(): Promise<ExampleConfig>
