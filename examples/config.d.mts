export interface ExampleConfig {
  agentref: { apiKey?: string; baseUrl?: string }
  agentclick: { apiKey?: string; baseUrl?: string }
  agentries: { did?: string; privateKey?: string; baseUrl?: string }
}
export declare function exampleConfig(): Promise<ExampleConfig>
