package dev.spgateway.amazon.control;

import dev.spgateway.secrets.entity.Secret;

/**
 * The legacy AWS IAM setup: an IAM user's access key that may assume a role, whose temporary credentials
 * sign every SP-API request (SigV4). Amazon stopped requiring it in October 2023; stores that have it use it.
 */
public record IamCredentials(String accessKeyId, Secret secretAccessKey, String roleArn) {

    public IamCredentials {
        if (accessKeyId == null || secretAccessKey == null || roleArn == null) {
            throw new IllegalArgumentException("the AWS access key id, secret and role ARN go together");
        }
    }
}
