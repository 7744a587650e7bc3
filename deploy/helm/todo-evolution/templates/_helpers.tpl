{{/*
Names, labels and the pieces every workload shares.
*/}}

{{/* The ports the processes listen on: TODO_PORT and TODO_WORKER_PORT. */}}
{{- define "todo.apiPort" -}}8000{{- end }}
{{- define "todo.workerPort" -}}8001{{- end }}

{{- define "todo.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The release's full name; every object is named after it. Kept to 52 characters so that the
longest suffix ("-migration") still fits the 63 of a label value.
*/}}
{{- define "todo.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "todo.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The image tag: image.tag, else the chart's appVersion. */}}
{{- define "todo.imageTag" -}}
{{- .Values.image.tag | default .Chart.AppVersion }}
{{- end }}

{{/* repository:tag, with @digest when image.digest is set. */}}
{{- define "todo.image" -}}
{{- $ref := printf "%s:%s" .Values.image.repository (include "todo.imageTag" .) }}
{{- if .Values.image.digest }}
{{- $ref = printf "%s@%s" $ref .Values.image.digest }}
{{- end }}
{{- $ref }}
{{- end }}

{{/* Labels of every object. */}}
{{- define "todo.labels" -}}
helm.sh/chart: {{ include "todo.chart" . }}
{{ include "todo.selectorLabels" . }}
app.kubernetes.io/version: {{ include "todo.imageTag" . | replace "+" "_" | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: todo-evolution
{{- end }}

{{- define "todo.selectorLabels" -}}
app.kubernetes.io/name: {{ include "todo.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels of one component (api, worker, migration): call with (dict "root" $ "component" "api").
*/}}
{{- define "todo.componentLabels" -}}
{{ include "todo.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "todo.componentSelectorLabels" -}}
{{ include "todo.selectorLabels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "todo.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "todo.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret the API and the workers read: the existing one, or the chart's. */}}
{{- define "todo.secretName" -}}
{{- .Values.secrets.existingSecret | default (include "todo.fullname" .) }}
{{- end }}

{{/*
terminationGracePeriodSeconds: the app's own grace (shutdownGraceSeconds, rounded up), plus
the preStop sleep that comes before SIGTERM, plus 5 seconds to exit. Call with
(dict "root" $ "preStop" N).
*/}}
{{- define "todo.terminationGracePeriodSeconds" -}}
{{- add (int (ceil .root.Values.shutdownGraceSeconds)) (int .preStop) 5 }}
{{- end }}

{{/*
The secret settings as env entries that reference the Secret by key. Those the app cannot
start without are required; the others are optional, so an existing Secret may leave them out.
*/}}
{{- define "todo.secretEnv" -}}
{{- $secret := include "todo.secretName" . }}
{{- $required := list "TODO_SECRET_KEY" "TODO_DATABASE_URL" "TODO_BROKER_URL" }}
{{- if .Values.dapr.enabled }}
{{- /* The ConfigMap names the sidecar as the broker; the store may hold the other two. */}}
{{- $required = ternary (list) (list "TODO_SECRET_KEY" "TODO_DATABASE_URL") .Values.dapr.secretStore.enabled }}
{{- end }}
{{- range $key := $required }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $key }}
{{- end }}
{{- range $key := list "TODO_REDIS_URL" "TODO_OPS_TOKEN" "TODO_LLM_API_KEY" }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $key }}
      optional: true
{{- end }}
{{- end }}

{{/* Pod-level settings every workload shares (the migration Job's included). */}}
{{- define "todo.podCommon" -}}
automountServiceAccountToken: false
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: {{ .Values.tmpVolume.sizeLimit }}
{{- end }}

{{/* Container-level settings every container shares: image, security, the /tmp mount. */}}
{{- define "todo.containerCommon" -}}
image: {{ include "todo.image" . | quote }}
imagePullPolicy: {{ .Values.image.pullPolicy }}
securityContext:
  {{- toYaml .Values.securityContext | nindent 2 }}
volumeMounts:
  - name: tmp
    mountPath: /tmp
{{- end }}

{{/*
Scheduling fields of a component: call with (dict "root" $ "component" "api" "values" $api).
A topology spread constraint without a labelSelector gets the component's selector labels.
*/}}
{{- define "todo.scheduling" -}}
{{- $v := .values }}
{{- with $v.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $v.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $v.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- if $v.topologySpreadConstraints }}
{{- $selector := include "todo.componentSelectorLabels" (dict "root" .root "component" .component) | fromYaml }}
topologySpreadConstraints:
{{- range $v.topologySpreadConstraints }}
{{- $constraint := deepCopy . }}
{{- if not (hasKey $constraint "labelSelector") }}
{{- $_ := set $constraint "labelSelector" (dict "matchLabels" $selector) }}
{{- end }}
  - {{ toYaml $constraint | nindent 4 | trim }}
{{- end }}
{{- end }}
{{- with $v.priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
{{- end }}

{{/* The public URL: config.publicUrl, else the first ingress host (https when tls is set). */}}
{{- define "todo.publicUrl" -}}
{{- if .Values.config.publicUrl }}
{{- .Values.config.publicUrl }}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts }}
{{- $host := (first .Values.ingress.hosts).host }}
{{- if $host }}
{{- printf "%s://%s" (ternary "https" "http" (gt (len .Values.ingress.tls) 0)) $host }}
{{- end }}
{{- end }}
{{- end }}

{{/*
What the schema cannot check, refused with one sentence: the settings that depend on each
other. Included by the ConfigMap, which every render produces.
*/}}
{{- define "todo.validate" -}}
{{- $s := .Values.secrets }}
{{- if not $s.existingSecret }}
{{- if not $s.secretKey }}
{{- fail "secrets.secretKey is required (or secrets.existingSecret): at least 32 bytes, e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(48))'; keep it across upgrades." }}
{{- end }}
{{- if lt (len $s.secretKey) 32 }}
{{- fail "secrets.secretKey must be at least 32 bytes (TODO_SECRET_KEY)." }}
{{- end }}
{{- if not $s.databaseUrl }}
{{- fail "secrets.databaseUrl is required (or secrets.existingSecret): postgresql://user:password@host:5432/database. The chart installs no database; on Minikube install one first, e.g. the Bitnami PostgreSQL chart." }}
{{- end }}
{{- if and (not $s.brokerUrl) (not .Values.dapr.enabled) }}
{{- fail "secrets.brokerUrl is required (or secrets.existingSecret): redis://, nats://, kafka:// or amqp://. The chart installs no broker; on Minikube install one first, e.g. the Bitnami Redis chart." }}
{{- end }}
{{- if and (hasPrefix "memory://" $s.brokerUrl) (not .Values.dapr.enabled) }}
{{- if or .Values.worker.enabled .Values.api.autoscaling.enabled (gt (int .Values.api.replicaCount) 1) }}
{{- fail "secrets.brokerUrl memory:// keeps events inside one process: it needs api.replicaCount=1, api.autoscaling.enabled=false and worker.enabled=false. Use redis://, nats://, kafka:// or amqp:// to scale out." }}
{{- end }}
{{- end }}
{{- end }}
{{- $d := .Values.dapr }}
{{- if and $d.enabled $d.createComponents (eq $d.pubsub.type "kafka") (not $d.pubsub.kafka.brokers) }}
{{- fail "dapr.pubsub.kafka.brokers is required with dapr.enabled (host:port of Kafka), or dapr.createComponents=false when the cluster provides the components." }}
{{- end }}
{{- if and $d.enabled $d.createComponents (eq $d.pubsub.type "redis") (not $d.pubsub.redis.host) }}
{{- fail "dapr.pubsub.redis.host is required with dapr.enabled and dapr.pubsub.type=redis (host:port of Redis)." }}
{{- end }}
{{- if and $d.enabled (eq $d.pubsub.name $d.pubsub.broadcastName) }}
{{- fail "dapr.pubsub.name and dapr.pubsub.broadcastName must differ: the broadcast component reads with a consumer group per pod." }}
{{- end }}
{{- if and .Values.serviceMonitor.enabled (ne .Values.config.opsPublic "yes") (not $s.existingSecret) (not $s.opsToken) }}
{{- fail "serviceMonitor.enabled needs secrets.opsToken (TODO_OPS_TOKEN, sent as a bearer token) unless config.opsPublic is yes." }}
{{- end }}
{{- if and (eq .Values.config.env "production") (has "*" .Values.config.corsOrigins) }}
{{- fail "config.corsOrigins: production refuses '*'; list the origins of the web apps that may call the API." }}
{{- end }}
{{- if and (eq .Values.config.chatEngine "llm") (not .Values.config.llmBaseUrl) }}
{{- fail "config.chatEngine=llm needs config.llmBaseUrl (an OpenAI-compatible URL)." }}
{{- end }}
{{- if and .Values.api.autoscaling.enabled (gt (int .Values.api.autoscaling.minReplicas) (int .Values.api.autoscaling.maxReplicas)) }}
{{- fail "api.autoscaling.minReplicas must not exceed api.autoscaling.maxReplicas." }}
{{- end }}
{{- end }}

{{/*
Egress rules when networkPolicy.egress.restrict: DNS to any address (port 53), then the rules
of networkPolicy.egress.to (PostgreSQL, the broker, Redis, an LLM endpoint…).
*/}}
{{- define "todo.networkPolicyEgress" -}}
- ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
{{- with .Values.networkPolicy.egress.to }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
The Dapr app id of a component: call with (dict "root" $ "component" "api"|"worker").
*/}}
{{- define "todo.daprAppId" -}}
{{- $d := .root.Values.dapr }}
{{- if eq .component "api" }}
{{- $d.apiAppId | default (printf "%s-api" (include "todo.fullname" .root)) }}
{{- else }}
{{- $d.workerAppId | default (printf "%s-worker" (include "todo.fullname" .root)) }}
{{- end }}
{{- end }}

{{/*
The Dapr sidecar annotations of a pod, when dapr.enabled: call with (dict "root" $
"component" "api" "preStop" N). The sidecar reaches the process's app channel on dapr.appPort
(loopback), checks it on /healthz, and stays as long as the pod may (so that the process can
still publish while it shuts down).
*/}}
{{- define "todo.daprAnnotations" -}}
{{- $d := .root.Values.dapr }}
{{- if $d.enabled }}
dapr.io/enabled: "true"
dapr.io/app-id: {{ include "todo.daprAppId" . | quote }}
dapr.io/app-port: {{ $d.appPort | quote }}
dapr.io/app-protocol: "http"
dapr.io/enable-app-health-check: "true"
dapr.io/app-health-check-path: "/healthz"
dapr.io/log-level: {{ $d.logLevel | quote }}
dapr.io/graceful-shutdown-seconds: {{ include "todo.terminationGracePeriodSeconds" (dict "root" .root "preStop" .preStop) | quote }}
{{- end }}
{{- end }}

{{/* The app ids the Dapr components are scoped to. */}}
{{- define "todo.daprScopes" -}}
- {{ include "todo.daprAppId" (dict "root" . "component" "api") }}
{{- if .Values.worker.enabled }}
- {{ include "todo.daprAppId" (dict "root" . "component" "worker") }}
{{- end }}
{{- end }}
